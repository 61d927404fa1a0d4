/**
 * Two builds of the same input give byte-identical dist/ folders, so that a
 * municipality can verify and cache a build. Built from the small fixture.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild, hashes } from '../support/commands.ts';

function build(outDir: string) {
  const r = astroBuild({
    BARRIEREMODEL_CONTENT: './tests/fixtures/valid',
    BARRIEREMODEL_EDITIE: 'tests/fixtures/editie',
    BARRIEREMODEL_OUTDIR: outDir,
  });
  expect(r.status, r.output).toBe(0);
}

describe('reproducible builds', () => {
  it('builds byte-identical output twice from the same input', () => {
    const a = mkdtempSync(join(tmpdir(), 'bm-repro-a-'));
    const b = mkdtempSync(join(tmpdir(), 'bm-repro-b-'));
    try {
      build(a);
      build(b);
      const ha = hashes(a);
      const hb = hashes(b);
      expect(Object.keys(ha).length).toBeGreaterThan(20);
      const verschillend = Object.keys({ ...ha, ...hb }).filter((k) => ha[k] !== hb[k]);
      expect(verschillend).toEqual([]);
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
