import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leesInstellingen, NATIONALE_EDITIE } from '../../src/lib/instellingen.ts';
import { editieNaam } from '../../src/lib/instellingen.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** A temporary repository root with the edition fixture (base /test/) and, optionally, instellingen.yaml. */
function root(instellingen?: string) {
  const r = mkdtempSync(join(tmpdir(), 'bm-inst-'));
  cpSync(join(FIXTURES, 'editie'), join(r, 'editie'), { recursive: true });
  if (instellingen !== undefined) writeFileSync(join(r, 'instellingen.yaml'), instellingen);
  return r;
}

describe('settings (one module, validated once)', () => {
  it('defaults to the national site: content/, dist/, base /', () => {
    const r = root();
    const i = leesInstellingen(r, {});
    expect(i).toMatchObject({
      contentDir: join(r, 'content'),
      outDir: join(r, 'dist'),
      base: '/',
      site: undefined,
      editie: undefined,
      problemen: [],
    });
    expect(editieNaam(undefined)).toEqual(NATIONALE_EDITIE);
  });

  it('takes the edition from instellingen.yaml, so build, preview and check agree without repeating it', () => {
    const r = root('editie: editie\n');
    const i = leesInstellingen(r, {});
    expect(i.problemen).toEqual([]);
    expect(i.editie?.config.naam).toBe('Testeditie');
    // base comes from the edition's editie.yaml
    expect(i.base).toBe('/test/');
    expect(i.herkomst).toMatchObject({ editie: 'instellingen.yaml', base: 'editie.yaml' });
  });

  it('lets a variable win over instellingen.yaml, and both over editie.yaml', () => {
    const r = root('editie: editie\nbase: /uit-bestand/\n');
    expect(leesInstellingen(r, {}).base).toBe('/uit-bestand/');
    const i = leesInstellingen(r, { BARRIEREMODEL_BASE: '/uit-omgeving/', BARRIEREMODEL_OUTDIR: '/tmp/elders' });
    expect(i.base).toBe('/uit-omgeving/');
    expect(i.outDir).toBe('/tmp/elders');
    expect(i.herkomst.base).toBe('omgeving');
  });

  it('accepts an edition folder outside the repository, by absolute path', () => {
    const buiten = root();
    const r = root();
    const i = leesInstellingen(r, { BARRIEREMODEL_EDITIE: join(buiten, 'editie') });
    expect(i.problemen).toEqual([]);
    expect(i.editie?.dir).toBe(join(buiten, 'editie'));
  });

  it('names the file and field of a wrong setting, and the variable of a wrong environment value', () => {
    const r = root('editie: editie\nbase: geen-slash\nkleur: rood\n');
    const p = leesInstellingen(r, { BARRIEREMODEL_SITE: 'niet-een-url' }).problemen;
    expect(p.map((x) => `${x.bestand} ${x.veld}`).sort()).toEqual(
      ['instellingen.yaml base', 'instellingen.yaml undefined', 'omgevingsvariabelen BARRIEREMODEL_SITE'].sort(),
    );
    expect(p.find((x) => x.veld === 'base')?.melding).toContain('Begin en eindig met "/"');
  });

  it('says where a missing edition was chosen', () => {
    const r = root('editie: bestaat-niet\n');
    const [p] = leesInstellingen(r, {}).problemen;
    expect(p.melding).toContain('Geen editie.yaml gevonden');
    expect(p.melding).toContain('gekozen via instellingen.yaml');
  });
});

describe('a settings file elsewhere (BARRIEREMODEL_INSTELLINGEN)', () => {
  it('reads it, with paths relative to its own folder', () => {
    const r = root();
    const elders = mkdtempSync(join(tmpdir(), 'bm-inst-elders-'));
    cpSync(join(FIXTURES, 'editie'), join(elders, 'mijn-editie'), { recursive: true });
    writeFileSync(join(elders, 'instellingen.yaml'), 'editie: mijn-editie\nuitvoer: site\n');
    const i = leesInstellingen(r, { BARRIEREMODEL_INSTELLINGEN: join(elders, 'instellingen.yaml') });
    expect(i.problemen).toEqual([]);
    expect(i.editie?.dir).toBe(join(elders, 'mijn-editie'));
    expect(i.outDir).toBe(join(elders, 'site'));
  });

  it('refuses a settings file that does not exist, instead of silently building the national site', () => {
    const [p] = leesInstellingen(root(), { BARRIEREMODEL_INSTELLINGEN: '/bestaat/niet.yaml' }).problemen;
    expect(p.melding).toContain('Het instellingenbestand bestaat niet');
  });
});
