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

/** Builds `content` into <tmp>/dist, after `voor(out)`; returns the build's result and the temporary folder. */
function bouwIn(
  content: string,
  test: (r: { status: number | null; output: string; tmp: string; out: string }) => void,
  voor?: (out: string) => void,
) {
  const tmp = mkdtempSync(join(tmpdir(), 'bm-build-'));
  const out = join(tmp, 'dist');
  try {
    voor?.(out);
    test({ ...astroBuild({ BARRIEREMODEL_CONTENT: `./${content}`, BARRIEREMODEL_OUTDIR: out }), tmp, out });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe('bad content stops the build', () => {
  it('astro build fails with the same report as the check and writes no site', () => {
    bouwIn(BROKEN, ({ status, output, tmp }) => {
      expect(status).not.toBe(0);
      for (const v of BROKEN_REPORT) expect(output).toContain(v);
      expect(readdirSync(tmp), 'nothing written where the site would go').toEqual([]);
    });
  });

  it('an existing site stays exactly as it was', () => {
    let voor: Record<string, string> = {};
    bouwIn(
      BROKEN,
      ({ status, tmp, out }) => {
        expect(status).not.toBe(0);
        expect(hashes(out)).toEqual(voor);
        expect(readdirSync(tmp)).toEqual(['dist']);
      },
      (out) => {
        mkdirSync(join(out, 'signalen'), { recursive: true });
        writeFileSync(join(out, 'index.html'), '<!DOCTYPE html><title>vorige</title>');
        writeFileSync(join(out, 'signalen/oud.html'), 'vorige build');
        voor = hashes(out);
      },
    );
  });

  it('hostile content: the build stops before rendering and runs none of it', () => {
    try {
      bouwIn(VIJANDIG, ({ status, output, tmp }) => {
        expect(status).not.toBe(0);
        for (const v of VIJANDIG_REPORT) expect(output).toContain(v);
        expect(existsSync(SPOOR)).toBe(false);
        expect(readdirSync(tmp)).toEqual([]);
      });
    } finally {
      rmSync(SPOOR, { force: true });
    }
  });
});
