import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { manifestScript, precacheManifest } from '../lib/precache.ts';

/**
 * Writes sw-manifest.js next to the service worker (public/sw.js): the list
 * of files to keep offline and their version. Runs after Pagefind, so that
 * the search index is part of it.
 */
export function offline(): AstroIntegration {
  return {
    name: 'barrieremodel:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const p = precacheManifest(dist);
        writeFileSync(`${dist}/sw-manifest.js`, manifestScript(p));
        logger.info(`offline: ${p.bestanden.length} bestanden, ${(p.bytes / 1024 / 1024).toFixed(1)} MB, versie ${p.version}`);
      },
    },
  };
}
