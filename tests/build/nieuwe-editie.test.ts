/**
 * npm run nieuwe-editie -- <map> <Naam>: from nothing to an edition that
 * passes the check and builds as "Barrièremodel <Naam>"; a second run
 * overwrites nothing. The edition lives in a temporary folder outside the
 * repository, as a municipality's own folder or repository would.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { astroBuild, ROOT, run } from '../support/commands.ts';
import { checkThema } from '../../src/lib/thema.ts';
import { checkLogo } from '../../src/lib/logo.ts';

const tmp = mkdtempSync(join(tmpdir(), 'bm-nieuwe-editie-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const map = join(tmp, 'veendijk');

describe('npm run nieuwe-editie', () => {
  it('writes a complete starter edition that passes the check', () => {
    const { status, output } = run('node', ['scripts/nieuwe-editie.ts', map, 'Veendijk']);
    expect(output).toContain('Inhoudscontrole: geen problemen, editie "Barrièremodel Veendijk".');
    expect(status).toBe(0);
    for (const f of ['editie.yaml', 'thema.css', 'logo.svg']) expect(existsSync(join(map, f)), f).toBe(true);
    const yaml = readFileSync(join(map, 'editie.yaml'), 'utf8');
    expect(yaml).toMatch(/^naam: Barrièremodel Veendijk$/m);
    expect(yaml).toMatch(/^# verbergen:$/m);
    // The theme names every token; the logo is a safe SVG.
    const thema = readFileSync(join(map, 'thema.css'), 'utf8');
    expect(thema).toContain('--bm-color-brand-text: #ffffff;');
    expect(checkThema(thema, 'thema.css')).toEqual([]);
    expect(checkLogo(readFileSync(join(map, 'logo.svg')), '.svg', 'editie.yaml')).toEqual([]);
    // The same check, run as an officer would, on the absolute path outside the repository.
    const check = run('node', ['scripts/check-content.ts', '--editie', map]);
    expect(check.output).toContain('editie "Barrièremodel Veendijk"');
    expect(check.status).toBe(0);
    // And on a relative path (../../tmp/…) from the repository.
    const relatief = run('node', ['scripts/check-content.ts', '--editie', relative(ROOT, map)]);
    expect(relative(ROOT, map)).toMatch(/^\.\.\//);
    expect(relatief.output).toContain('editie "Barrièremodel Veendijk"');
    expect(relatief.status).toBe(0);
  });

  it('refuses a folder that exists and is not empty, and changes nothing', () => {
    writeFileSync(join(map, 'editie.yaml'), 'naam: Eigen werk\n');
    const { status, output } = run('node', ['scripts/nieuwe-editie.ts', map, 'Veendijk']);
    expect(status).toBe(1);
    expect(output).toContain(`De map ${map} bestaat al en is niet leeg; er is niets overschreven.`);
    expect(readFileSync(join(map, 'editie.yaml'), 'utf8')).toBe('naam: Eigen werk\n');
  });

  it('builds at once into a site named after the edition, with its "In onze gemeente" block', () => {
    const nieuw = join(tmp, 'ommeland');
    expect(run('node', ['scripts/nieuwe-editie.ts', nieuw, 'Ommeland']).status).toBe(0);
    const out = join(tmp, 'dist');
    const { status, output } = astroBuild({ BARRIEREMODEL_EDITIE: nieuw, BARRIEREMODEL_OUTDIR: out });
    expect(status, output).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<title>Barrièremodel Ommeland</title>');
    const [lokaal] = readdirSync(join(nieuw, 'lokaal')).map((f) => f.replace(/\.md$/, ''));
    expect(readFileSync(join(out, 'signalen', lokaal, 'index.html'), 'utf8')).toContain('In Ommeland werkt het zo');
  });
});
