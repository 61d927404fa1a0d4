/**
 * With a site URL (the example edition sets one in editie.yaml) the build
 * publishes a sitemap of every page and robots.txt names it; without one
 * (the national shared build) robots.txt names none and there is no sitemap.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

/** The site URL the example edition sets (the shared build builds editions/voorbeeld). */
const SITE: string = parse(readFileSync(new URL('../../editions/voorbeeld/editie.yaml', import.meta.url), 'utf8')).site;

function paginas(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name === 'index.html' ? [join(d, e.name)] : [],
    );
  return walk(dir).map((f) => relative(dir, f).split(sep).join('/'));
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('with a site URL: the example edition', () => {
  const dist = inject('editieDist');
  const base = inject('base');
  const root = new URL(base, SITE).href;

  it('robots.txt names the sitemap index on the site', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${root}sitemap-index.xml\n`);
  });

  it('the sitemap lists every page of the site, each at its address on the site', () => {
    const index = locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
    expect(index.length).toBeGreaterThan(0);
    const urls = index.flatMap((u) => {
      expect(u.startsWith(root), u).toBe(true);
      return locs(readFileSync(join(dist, u.slice(root.length)), 'utf8'));
    });
    const verwacht = paginas(dist).map((p) => root + p.replace(/index\.html$/, ''));
    expect(verwacht.length).toBeGreaterThan(50);
    expect(urls.sort()).toEqual(verwacht.sort());
  });
});

describe('without a site URL: the national build', () => {
  it('robots.txt names no sitemap, and there is none', () => {
    const dist = inject('dist');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
  });
});
