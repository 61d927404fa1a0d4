/** Running the project's real commands from unit tests, and comparing built folders. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * The environment for a child process (a build, a check) started from a test: this process's
 * environment without the variables Vite, Vitest and Astro set in it. BASE_URL in particular
 * would override the child build's base path (every link of the site would lose its base).
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const eigen = Object.entries(process.env).filter(
    ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|SITE|ASSETS_PREFIX|TEST|NODE_ENV|VITEST.*)$/.test(k),
  );
  return { ...Object.fromEntries(eigen), ...extra };
}

/** Runs a command in the project root with extra environment variables; stdout and stderr together. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}, timeout = 300_000) {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: childEnv(env), encoding: 'utf8', timeout });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** As `run`, without blocking: several commands can run at once. */
export function runAsync(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  const child = spawn(cmd, args, { cwd: ROOT, env: childEnv(env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: `${stdout}\n${stderr}` }));
  });
}

/** `astro build` with these environment variables. */
export const astroBuild = (env: Record<string, string>) => run('node_modules/.bin/astro', ['build'], env);

/** The SHA-256 of every file in a folder, by relative path. */
export function hashes(dir: string): Record<string, string> {
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
