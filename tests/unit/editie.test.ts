import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEditie, weggelaten } from '../../src/lib/editie.ts';
import { prepareContent } from '../../src/lib/prepare.ts';
import { formatReport } from '../../src/lib/problems.ts';
import { bestandenVan } from '../../src/loaders/inhoud.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** A temporary project root with the valid fixture as national content and the edition fixture, edited. */
function project(edits: Record<string, string | ((t: string) => string)> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'bm-editie-'));
  cpSync(join(FIXTURES, 'valid'), join(root, 'content'), { recursive: true });
  cpSync(join(FIXTURES, 'editie'), join(root, 'editie'), { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, typeof edit === 'function' ? edit(readFileSync(full, 'utf8')) : edit);
  }
  return root;
}

describe('edition configuration', () => {
  it('loads a valid edition with defaults', () => {
    const { editie, problemen } = loadEditie('editie', project());
    expect(problemen).toEqual([]);
    expect(editie!.config).toMatchObject({ naam: 'Testeditie', base: '/test/', verbergen: [], vervangt: [] });
  });

  it('reports every broken field with file and field, in Dutch', () => {
    const root = project({
      'editie/editie.yaml': (t) =>
        t
          .replace('base: /test/', 'base: test')
          .replace('email: test@test.example\ntoegankelijkheid', 'email: geen-adres\ntoegankelijkheid')
          .replace('naam: Testeditie\n', '')
          .concat('kleur: rood\n'),
    });
    const { problemen } = loadEditie('editie', root);
    expect(problemen.map((p) => `${p.bestand} ${p.veld}`).sort()).toEqual(
      [
        'editie/editie.yaml base',
        'editie/editie.yaml contact.email',
        'editie/editie.yaml naam',
        'editie/editie.yaml undefined',
      ].sort(),
    );
    expect(formatReport(problemen)).toContain('base: Begin en eindig met "/"');
    expect(formatReport(problemen)).toContain('kleur');
  });

  it('reports a missing editie.yaml, theme file or logo text', () => {
    expect(loadEditie('bestaat-niet', project()).problemen[0].melding).toContain('Geen editie.yaml gevonden');
    const { problemen } = loadEditie('editie', project({ 'editie/editie.yaml': (t) => `${t}thema: weg.css\nlogo: logo.svg\n` }));
    expect(problemen.map((p) => p.veld).sort()).toEqual(['logo', 'logoTekst', 'thema']);
  });
});

describe('merging national and local content', () => {
  it('adds local entries, links and contacts, and checks the whole', () => {
    const root = project();
    const v = prepareContent({ root, editieDir: 'editie' });
    expect(formatReport(v.problemen)).toBe('Inhoudscontrole: geen problemen gevonden.');
    expect(v.entries.map((e) => `${e.collection}/${e.id}`)).toContain('interventies/lokale-interventie');
    expect([...v.lokaal.keys()]).toEqual(['testsignaal']);
    // The check sees the extra link as data of the signal …
    const signaal = v.entries.find((e) => e.collection === 'signalen' && e.id === 'testsignaal')!;
    expect((signaal.data as { interventies: { interventie: unknown; fase: string }[] }).interventies).toContainEqual(
      expect.objectContaining({ interventie: { collection: 'interventies', id: 'lokale-interventie' }, fase: 'voorkomen' }),
    );
    // … and nothing is copied or written: the build loads the files from their own folders.
    expect(readdirSync(root).sort()).toEqual(['content', 'editie']);
    const bronnen = { nationaal: join(root, 'content'), lokaal: join(root, 'editie/content'), weglaten: [] };
    expect(bestandenVan('interventies', bronnen).map((b) => b.pad)).toContain(
      join(root, 'editie/content/interventies/lokale-interventie.md'),
    );
    expect(bestandenVan('signalen', bronnen).map((b) => b.pad)).toContain(join(root, 'content/signalen/testsignaal.mdx'));
  });

  it('fails on an accidental collision, naming both files', () => {
    const root = project({
      'editie/content/interventies/hulp.md': readFileSync(join(FIXTURES, 'valid/interventies/hulp.md'), 'utf8'),
    });
    const { problemen } = prepareContent({ root, editieDir: 'editie' });
    expect(problemen).toEqual([
      {
        bestand: 'editie/content/interventies/hulp.md',
        veld: 'id',
        melding:
          'Heeft dezelfde id als het landelijke content/interventies/hulp.md. Wil je dat vervangen, zet dan "interventies/hulp" onder "vervangt" in editie/editie.yaml; anders: kies een andere bestandsnaam',
      },
    ]);
  });

  it('replaces a national entry when the edition says so', () => {
    const root = project({
      'editie/content/interventies/hulp.md': readFileSync(join(FIXTURES, 'valid/interventies/hulp.md'), 'utf8').replace(
        'titel: Hulp bij de test',
        'titel: Lokale hulp',
      ),
      'editie/editie.yaml': (t) => `${t}vervangt: [interventies/hulp]\n`,
    });
    const v = prepareContent({ root, editieDir: 'editie' });
    expect(v.problemen).toEqual([]);
    expect(v.samenvoeging!.vervangen).toEqual([
      { collection: 'interventies', id: 'hulp', bestand: 'editie/content/interventies/hulp.md' },
    ]);
    // The loader takes the local file, and leaves the national one out.
    const hulp = bestandenVan('interventies', {
      nationaal: join(root, 'content'),
      lokaal: join(root, 'editie/content'),
      weglaten: ['interventies/hulp'],
    }).filter((b) => b.id === 'hulp');
    expect(hulp.map((b) => b.pad)).toEqual([join(root, 'editie/content/interventies/hulp.md')]);
  });

  it('hides a national entry, never silently, and refuses to hide what is still linked', () => {
    const ok = project({
      'editie/editie.yaml': (t) => `${t}verbergen:
  - item: casussen/testcasus
    reden: Niet gebruikt in onze trainingen
`,
    });
    const v = prepareContent({ root: ok, editieDir: 'editie' });
    expect(v.problemen).toEqual([]);
    expect(v.samenvoeging!.verborgen).toEqual([
      { collection: 'casussen', id: 'testcasus', reden: 'Niet gebruikt in onze trainingen' },
    ]);
    expect(v.entries.some((e) => e.id === 'testcasus')).toBe(false);
    // The build leaves it out of the loaded files too.
    expect(weggelaten(v.editie!.config)).toEqual(['casussen/testcasus']);
    expect(
      bestandenVan('casussen', { nationaal: join(ok, 'content'), weglaten: weggelaten(v.editie!.config) }).map((b) => b.id),
    ).not.toContain('testcasus');
    expect(bestandenVan('casussen', { nationaal: join(ok, 'content'), weglaten: [] }).map((b) => b.id)).toContain('testcasus');

    const linked = project({
      'editie/editie.yaml': (t) => `${t}verbergen:\n  - item: interventies/hulp\n    reden: Bestaat hier niet\n`,
    });
    const p = prepareContent({ root: linked, editieDir: 'editie' }).problemen;
    expect(p.map((x) => `${x.bestand} ${x.veld}`)).toEqual([
      'content/signalen/testsignaal.mdx interventies.2.interventie',
      'content/signalen/tweede-signaal.mdx interventies.0.interventie',
    ]);
    expect(p[0].melding).toContain('dat editie/editie.yaml verbergt');
  });

  it('reports a contact, link or "In onze gemeente" block for something that does not exist', () => {
    const root = project({
      'editie/editie.yaml': (t) =>
        t.replace('  testorganisatie:\n', '  onbekend:\n').replace('signaal: testsignaal', 'signaal: geen-signaal'),
      'editie/lokaal/ander.md': 'Tekst',
      'editie/lokaal/leeg-signaal.txt': 'Tekst',
    });
    const p = prepareContent({ root, editieDir: 'editie' }).problemen;
    expect(p.map((x) => `${x.bestand} ${x.veld}`).sort()).toEqual(
      [
        'editie/editie.yaml contacten.onbekend',
        'editie/editie.yaml koppelingen.0.signaal',
        'editie/lokaal/ander.md bestandsnaam',
        'editie/lokaal/leeg-signaal.txt bestandstype',
        // The local intervention is then linked from nowhere.
        'editie/content/interventies/lokale-interventie.md undefined',
      ].sort(),
    );
  });
});
