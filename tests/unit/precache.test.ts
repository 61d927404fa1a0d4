import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { manifestScript, precacheManifest } from '../../src/lib/precache.ts';

function site(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'bm-precache-'));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}

describe('offline precache', () => {
  const files = {
    'index.html': 'home',
    'signalen/a/index.html': 'a',
    '_astro/x.css': 'css',
    'pagefind/pagefind.js': 'pf',
    'pagefind/pagefind-ui.js': 'unused ui',
    'data/signalen.csv': 'export',
    'sw.js': 'worker',
    'robots.txt': 'User-agent: *',
    'sitemap-index.xml': '<sitemapindex/>',
    'sitemap-0.xml': '<urlset/>',
  };

  it('lists pages by their folder URL and leaves out exports, files for crawlers and unused files', () => {
    const dir = site(files);
    try {
      const p = precacheManifest(dir);
      expect(p.bestanden).toEqual(['_astro/x.css', '', 'pagefind/pagefind.js', 'signalen/a/']);
      expect(p.bytes).toBe(4 + 1 + 3 + 2);
      // The worker imports the script: run it as the worker would, in a scope of its own.
      const self: Record<string, unknown> = {};
      runInNewContext(manifestScript(p), { self });
      expect(self).toEqual({
        BARRIEREMODEL_PRECACHE: { version: p.version, bestanden: ['_astro/x.css', '', 'pagefind/pagefind.js', 'signalen/a/'] },
      });
      expect(p.version).toMatch(/^[0-9a-f]{16}$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('changes the version when a file changes, and only then', () => {
    const a = site(files);
    const b = site(files);
    const c = site({ ...files, 'signalen/a/index.html': 'a, herzien' });
    const d = site({ ...files, 'data/signalen.csv': 'andere export' });
    try {
      expect(precacheManifest(a).version).toBe(precacheManifest(b).version);
      expect(precacheManifest(c).version).not.toBe(precacheManifest(a).version);
      expect(precacheManifest(d).version).toBe(precacheManifest(a).version);
    } finally {
      for (const x of [a, b, c, d]) rmSync(x, { recursive: true, force: true });
    }
  });
});
