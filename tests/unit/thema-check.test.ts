/**
 * The officer-facing theme report (issue 13 item 4): `npm run check --
 * --editie <map>` names a misspelled token with the token meant, and a
 * text/background pair below WCAG AA with both colours, in the theme's file.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../support/commands.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

function check(css: string) {
  const dir = mkdtempSync(join(tmpdir(), 'bm-thema-'));
  cpSync(join(FIXTURES, 'editie'), dir, { recursive: true });
  writeFileSync(join(dir, 'editie.yaml'), `${readFileSync(join(dir, 'editie.yaml'), 'utf8')}thema: thema.css\n`);
  writeFileSync(join(dir, 'thema.css'), css);
  return { dir, ...run('node', ['scripts/check-content.ts', 'tests/fixtures/valid', '--editie', dir]) };
}

describe('npm run check reports the theme to the officer', () => {
  it('a misspelled token: "bedoel je …?" with file and line', () => {
    const { status, output } = check(':root {\n  --bm-color-brand: #005a4e;\n  --bm-colour-link: #00589c;\n}\n');
    expect(output).toMatch(/thema\.css\n {2}- regel 3: onbekend token --bm-colour-link; bedoel je --bm-color-link\?/);
    expect(status).toBe(1);
  });

  it('white text on yellow: the pair, both colours and the ratio', () => {
    const { status, output } = check(':root {\n  --bm-color-brand: #ffdd00;\n}\n');
    expect(output).toMatch(
      /thema\.css\n {2}- Te weinig contrast tussen --bm-color-brand-text \(#ffffff\) en --bm-color-brand \(#ffdd00\): 1\.\d\d:1, minstens 4\.5:1 nodig/,
    );
    expect(status).toBe(1);
  });
});
