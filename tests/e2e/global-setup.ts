/**
 * Builds the site once for all browser tests: the bundled national content,
 * under a sub-path, as a municipality would host it. Set
 * BARRIEREMODEL_CONTENT to build other content.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

export const E2E_BASE = '/barrieremodel/';
export const E2E_DIST = new URL('../../.e2e-dist/', import.meta.url).pathname;

export default function setup(project: TestProject) {
  rmSync(E2E_DIST, { recursive: true, force: true });
  const root = new URL('../../', import.meta.url).pathname;
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    cwd: root,
    env: { ...process.env, BARRIEREMODEL_BASE: E2E_BASE, BARRIEREMODEL_OUTDIR: E2E_DIST },
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (result.status !== 0) {
    throw new Error(`De site bouwen voor de browsertests mislukte:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('dist', E2E_DIST);
  project.provide('base', E2E_BASE);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
    base: string;
  }
}
