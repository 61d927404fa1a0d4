/**
 * A build succeeds whole or leaves the previous output untouched; builds do
 * not share state. These run the real `astro build`.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild, childEnv, hashes } from '../support/commands.ts';

const root = new URL('../../', import.meta.url).pathname;
const VALID = './tests/fixtures/valid';

const env = (outDir: string, extra: Record<string, string> = {}) =>
  childEnv({ BARRIEREMODEL_CONTENT: VALID, BARRIEREMODEL_OUTDIR: outDir, ...extra });

const build = (outDir: string, extra: Record<string, string> = {}) =>
  astroBuild({ BARRIEREMODEL_CONTENT: VALID, BARRIEREMODEL_OUTDIR: outDir, ...extra });

function buildAsync(outDir: string, extra: Record<string, string> = {}) {
  const child = spawn('node_modules/.bin/astro', ['build'], { cwd: root, env: env(outDir, extra), detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const klaar = new Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>((ok) =>
    child.on('close', (status, signal) => ok({ status, signal, output })),
  );
  return { child, klaar, output: () => output };
}

/** Waits until `test()` holds: the state a person would wait for, checked as the build goes. */
async function totdat(test: () => boolean, wat: string, maxMs = 240_000) {
  const begin = Date.now();
  while (!test()) {
    if (Date.now() - begin > maxMs) throw new Error(`Wachten duurde te lang: ${wat}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Pages written so far by a running build with this pid, in its own build folder. */
function paginasInBouw(pid: number): number {
  const werk = join(root, 'node_modules', '.astro');
  const map = existsSync(werk) ? readdirSync(werk).find((n) => n.startsWith(`bouw-${pid}-`)) : undefined;
  if (!map || !existsSync(join(werk, map, 'dist', 'signalen'))) return 0;
  return readdirSync(join(werk, map, 'dist', 'signalen')).length;
}

describe('atomic builds', () => {
  it('an interrupted build leaves the previous output whole, and the next build recovers', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bm-atomic-'));
    const out = join(tmp, 'dist');
    try {
      expect(build(out).status).toBe(0);
      const voor = hashes(out);
      expect(Object.keys(voor)).toContain('sw-manifest.js');

      // National content renders long enough to be stopped halfway, as Ctrl-C would.
      const gestopt: number[] = [];
      for (const sein of ['SIGINT', 'SIGKILL'] as const) {
        const b = buildAsync(out, { BARRIEREMODEL_CONTENT: './content' });
        gestopt.push(b.child.pid!);
        await totdat(() => paginasInBouw(b.child.pid!) > 0, `de build schrijft pagina's (${sein})`);
        process.kill(-b.child.pid!, sein);
        await b.klaar;
        expect(hashes(out), `na ${sein}`).toEqual(voor);
        if (sein === 'SIGINT') expect(paginasInBouw(b.child.pid!), 'de tijdelijke map is opgeruimd').toBe(0);
      }
      // The killed build left its lock and folder behind; the next build takes over and cleans up.
      const r = build(out);
      expect(r.status, r.output).toBe(0);
      expect(readdirSync(tmp)).toEqual(['dist']);
      expect(gestopt.map(paginasInBouw)).toEqual([0, 0]);
      expect(
        readdirSync(join(root, 'node_modules', '.astro')).filter((n) => gestopt.some((pid) => n.startsWith(`bouw-${pid}-`))),
      ).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000);

  it('a build stopped by bad input leaves the previous output whole', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bm-atomic-'));
    const out = join(tmp, 'dist');
    try {
      expect(build(out).status).toBe(0);
      const voor = hashes(out);
      // An edition folder that does not exist stops the build with a report.
      const r = build(out, { BARRIEREMODEL_EDITIE: join(tmp, 'bestaat-niet') });
      expect(r.status).not.toBe(0);
      expect(hashes(out)).toEqual(voor);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('publishes to a folder on another filesystem than the repository, and replaces the old output', () => {
    const shm = '/dev/shm';
    if (!existsSync(shm)) return;
    const doelMap = mkdtempSync(join(shm, 'bm-exdev-'));
    try {
      const out = join(doelMap, 'dist');
      mkdirSync(out);
      writeFileSync(join(out, 'oud.html'), 'oud');
      const r = build(out);
      expect(r.status, r.output).toBe(0);
      expect(existsSync(join(out, 'oud.html'))).toBe(false);
      expect(existsSync(join(out, 'sw-manifest.js'))).toBe(true);
      expect(readdirSync(doelMap)).toEqual(['dist']);
    } finally {
      rmSync(doelMap, { recursive: true, force: true });
    }
  });
});

describe('isolated builds', () => {
  it('two builds at once, with different content and outdirs, each publish their own content', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bm-isolatie-'));
    try {
      // A second content folder: the valid fixture without "tweede-signaal".
      const ander = join(tmp, 'ander');
      cpSync(join(root, VALID), ander, { recursive: true });
      rmSync(join(ander, 'signalen/tweede-signaal.mdx'));
      const check = spawnSync('node', ['scripts/check-content.ts', ander], { cwd: root, encoding: 'utf8' });
      expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);

      const a = buildAsync(join(tmp, 'a'));
      const b = buildAsync(join(tmp, 'b'), { BARRIEREMODEL_CONTENT: ander });
      const [ra, rb] = await Promise.all([a.klaar, b.klaar]);
      expect(ra.status, ra.output).toBe(0);
      expect(rb.status, rb.output).toBe(0);
      expect(existsSync(join(tmp, 'a/signalen/tweede-signaal/index.html'))).toBe(true);
      expect(existsSync(join(tmp, 'b/signalen/tweede-signaal/index.html'))).toBe(false);
      expect(readFileSync(join(tmp, 'b/pagefind/pagefind-entry.json'), 'utf8')).not.toBe(
        readFileSync(join(tmp, 'a/pagefind/pagefind-entry.json'), 'utf8'),
      );

      // And again one after the other: the cache of folder a never publishes into b.
      const r = build(join(tmp, 'b'), { BARRIEREMODEL_CONTENT: ander });
      expect(r.status, r.output).toBe(0);
      expect(existsSync(join(tmp, 'b/signalen/tweede-signaal/index.html'))).toBe(false);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('builds side by side', () => {
  it('an edition and the national site, built at once into different folders, each get their own content; nothing is written into the repository', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bm-samen-'));
    const voor = new Set(readdirSync(root));
    try {
      const nationaal = buildAsync(join(tmp, 'nationaal'));
      const editie = buildAsync(join(tmp, 'editie'), { BARRIEREMODEL_EDITIE: './tests/fixtures/editie' });
      const [n, e] = await Promise.all([nationaal.klaar, editie.klaar]);
      expect(n.status, n.output).toBe(0);
      expect(e.status, e.output).toBe(0);
      expect(readFileSync(join(tmp, 'editie', 'index.html'), 'utf8')).toContain('Testeditie');
      expect(readFileSync(join(tmp, 'nationaal', 'index.html'), 'utf8')).not.toContain('Testeditie');
      expect(existsSync(join(tmp, 'editie', 'interventies', 'lokale-interventie', 'index.html'))).toBe(true);
      expect(existsSync(join(tmp, 'nationaal', 'interventies', 'lokale-interventie'))).toBe(false);
      expect(readdirSync(tmp).sort()).toEqual(['editie', 'nationaal']);
      // Astro's own generated types (.astro/) aside, the repository gains no files.
      expect(readdirSync(root).filter((x) => !voor.has(x) && x !== '.astro')).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000);
});
