/**
 * Two builds of the same input give byte-identical dist/ folders, so that a
 * municipality can verify and cache a build. Built from the small fixture.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function build(outDir: string) {
  const r = spawnSync('node_modules/.bin/astro', ['build'], {
    cwd: root,
    env: { ...process.env, BARRIEREMODEL_CONTENT: './tests/fixtures/valid', BARRIEREMODEL_EDITIE: 'tests/fixtures/editie', BARRIEREMODEL_OUTDIR: outDir },
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
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
