/**
 * Hostile content never runs: `npm run check` and `astro build` both stop on
 * tests/fixtures/vijandig (MDX with import, {…} that would write a file, an
 * attribute that would end the build, raw HTML and a javascript: link)
 * before anything is rendered, and nothing from the content was executed.
 */
import { describe, expect, it } from 'vitest';
import { run } from './commands.ts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const VIJANDIG = 'tests/fixtures/vijandig';
/** The hostile expression in the fixture would write this file (relative to the working directory). */
const SPOOR = join(root, 'vijandig-was-hier.txt');

const verwacht = [
  `${VIJANDIG}/signalen/testsignaal.mdx\n  - regel 23: "import fs from 'node:fs'": import en export zijn niet toegestaan`,
  '  - regel 27: "{globalThis.process.getBuiltinModule',
  '  - regel 37: <WieIsAanZet x=…>: onderdelen krijgen geen attributen',
  `${VIJANDIG}/interventies/hulp.md\n  - regel 16: HTML is niet toegestaan in de tekst`,
  '  - regel 18: De link "javascript:alert(document.cookie)" is niet toegestaan',
];

describe('content cannot execute', () => {
  it('npm run check refuses the hostile fixture with file and line', () => {
    const { status, output } = run('node', ['scripts/check-content.ts', VIJANDIG]);
    expect(status).toBe(1);
    for (const v of verwacht) expect(output).toContain(v);
    expect(existsSync(SPOOR)).toBe(false);
  });

  it('astro build stops before rendering and runs none of it', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bm-vijandig-')), 'dist');
    try {
      const { status, output } = run('node_modules/.bin/astro', ['build'], { BARRIEREMODEL_CONTENT: `./${VIJANDIG}`, BARRIEREMODEL_OUTDIR: out });
      expect(status).not.toBe(0);
      for (const v of verwacht) expect(output).toContain(v);
      expect(existsSync(SPOOR)).toBe(false);
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
      rmSync(SPOOR, { force: true });
    }
  });
});
