/**
 * The one shared build of a test run: the bundled national content under a
 * sub-path (as a municipality would host it), and the example edition
 * (editions/voorbeeld, base /barrieremodel/ from its editie.yaml). The build
 * checks (tests/build/: links, HTML, export, budgets) and the browser tests
 * (tests/e2e/) all read these two folders. Both projects name this file as
 * their global setup; the builds run once per `vitest` process.
 * Set BARRIEREMODEL_CONTENT to build other national content.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { childEnv } from './commands.ts';

const root = new URL('../../', import.meta.url).pathname;
export const SHARED_BASE = '/barrieremodel/';
export const SHARED_DIST = `${root}.test-dist/`;
export const SHARED_EDITIE_DIST = `${root}.test-dist-editie/`;

function build(outDir: string, env: Record<string, string>) {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    cwd: root,
    env: childEnv({ ...env, BARRIEREMODEL_OUTDIR: outDir }),
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (result.status !== 0) {
    throw new Error(`De gedeelde testbuild mislukte (${outDir}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Shared between the projects of one run: the setup module may be loaded once per project. */
const state = globalThis as typeof globalThis & { __barrieremodelSharedBuild?: true };

export default function setup(project: TestProject) {
  if (!state.__barrieremodelSharedBuild) {
    build(SHARED_DIST, { BARRIEREMODEL_BASE: SHARED_BASE });
    build(SHARED_EDITIE_DIST, { BARRIEREMODEL_EDITIE: 'editions/voorbeeld' });
    state.__barrieremodelSharedBuild = true;
  }
  project.provide('dist', SHARED_DIST);
  project.provide('base', SHARED_BASE);
  project.provide('editieDist', SHARED_EDITIE_DIST);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
    base: string;
    editieDist: string;
  }
}
