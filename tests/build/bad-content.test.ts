/**
 * `astro build` stops on bad content with the same report as the check, and
 * writes no site: neither the output folder nor anything next to it, and an
 * existing site stays as it was. Hostile content runs none of its code.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild, hashes, ROOT } from '../support/commands.ts';
import { BROKEN, BROKEN_REPORT, VIJANDIG, VIJANDIG_REPORT } from '../support/expected-reports.ts';

const SPOOR = join(ROOT, 'vijandig-was-hier.txt');

describe('bad content stops the build', () => {
  it('astro build fails with the same report as the check and writes no site', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bm-build-'));
    const out = join(tmp, 'dist');
    try {
      const { status, output } = astroBuild({ BARRIEREMODEL_CONTENT: `./${BROKEN}`, BARRIEREMODEL_OUTDIR: out });
      expect(status).not.toBe(0);
      for (const v of BROKEN_REPORT) expect(output).toContain(v);
      expect(readdirSync(tmp), 'nothing written where the site would go').toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('an existing site stays exactly as it was', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bm-build-'));
    const out = join(tmp, 'dist');
    try {
      mkdirSync(join(out, 'signalen'), { recursive: true });
      writeFileSync(join(out, 'index.html'), '<!doctype html><title>vorige</title>');
      writeFileSync(join(out, 'signalen/oud.html'), 'vorige build');
      const voor = hashes(out);
      const { status } = astroBuild({ BARRIEREMODEL_CONTENT: `./${BROKEN}`, BARRIEREMODEL_OUTDIR: out });
      expect(status).not.toBe(0);
      expect(hashes(out)).toEqual(voor);
      expect(readdirSync(tmp)).toEqual(['dist']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('hostile content: the build stops before rendering and runs none of it', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bm-vijandig-'));
    const out = join(tmp, 'dist');
    try {
      const { status, output } = astroBuild({ BARRIEREMODEL_CONTENT: `./${VIJANDIG}`, BARRIEREMODEL_OUTDIR: out });
      expect(status).not.toBe(0);
      for (const v of VIJANDIG_REPORT) expect(output).toContain(v);
      expect(existsSync(SPOOR)).toBe(false);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
      rmSync(SPOOR, { force: true });
    }
  });
});
