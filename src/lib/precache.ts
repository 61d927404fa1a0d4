/**
 * The offline precache: which files of a built site the service worker
 * stores on a first visit, and a version that changes whenever any of them
 * changes (so that an update is picked up on the next visit).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files a reader never needs offline: data exports, Pagefind's UIs (the site has its own), the worker itself, files for crawlers. */
const OVERSLAAN = [
  /^data\//,
  /^robots\.txt$/,
  /^sitemap[^/]*\.xml$/,
  /^sw(-manifest)?\.js$/,
  /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/,
  /^pagefind\/wasm\.unknown\.pagefind$/,
];

export interface Precache {
  version: string;
  /** Paths relative to the site's base, e.g. "signalen/x/" for a page, "_astro/a.css". */
  bestanden: string[];
  bytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

export function precacheManifest(dist: string): Precache {
  const hash = createHash('sha256');
  let bytes = 0;
  const bestanden: string[] = [];
  for (const file of walk(dist).sort()) {
    const rel = relative(dist, file).split(sep).join('/');
    if (OVERSLAAN.some((r) => r.test(rel))) continue;
    const inhoud = readFileSync(file);
    hash.update(rel).update(inhoud);
    bytes += inhoud.length;
    // Pages are requested as their folder URL ("signalen/x/"), as links point to them.
    bestanden.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
  }
  return { version: hash.digest('hex').slice(0, 16), bestanden, bytes };
}

/** The script the service worker imports: the version and the list, nothing else. */
export function manifestScript(p: Precache): string {
  return `self.BARRIEREMODEL_PRECACHE = ${JSON.stringify({ version: p.version, bestanden: p.bestanden })};\n`;
}
