/**
 * Builds the sites once for all browser tests: the bundled national content
 * under a sub-path (as a municipality would host it), and the example
 * edition (editions/voorbeeld, base /barrieremodel/ from its editie.yaml).
 * Set BARRIEREMODEL_CONTENT to build other national content.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

const root = new URL('../../', import.meta.url).pathname;
export const E2E_BASE = '/barrieremodel/';

function build(outDir: string, env: Record<string, string>) {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    cwd: root,
    env: { ...process.env, ...env, BARRIEREMODEL_OUTDIR: outDir },
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (result.status !== 0) {
    throw new Error(`De site bouwen voor de browsertests mislukte (${outDir}):\n${result.stdout}\n${result.stderr}`);
  }
}

export default function setup(project: TestProject) {
  const dist = `${root}.e2e-dist/`;
  const editie = `${root}.e2e-dist-editie/`;
  build(dist, { BARRIEREMODEL_BASE: E2E_BASE });
  build(editie, { BARRIEREMODEL_EDITIE: 'editions/voorbeeld' });
  project.provide('dist', dist);
  project.provide('base', E2E_BASE);
  project.provide('editieDist', editie);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
    base: string;
    editieDist: string;
  }
}
