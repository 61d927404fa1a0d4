#!/usr/bin/env node
/**
 * npm run bench [-- --n 100,1000,5000 --runs 3]
 *
 * For each N: generates a synthetic corpus of N signals (scripts/bench/corpus.ts)
 * into a temporary folder, builds it as a local edition, and measures build
 * wall time and peak memory, Pagefind indexing time, dist/ and index size,
 * the HTML/CSS/JS bytes of a signal page, and — in Chromium, with the site
 * served gzip-compressed as a web server would — the bytes and milliseconds
 * to the first result of a cold and a warm query. Prints JSON with the
 * minimum and median of the runs. A benchmark, not a test: it asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './bench/corpus.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { serve } from '../tests/support/server.ts';
import { meetZoeken, type Zoekmeting } from './bench/zoekmeting.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '100,1000,5000' }, runs: { type: 'string', default: '3' } },
});
const SIZES = values.n!.split(',').map(Number);
const RUNS = Number(values.runs);
const root = new URL('../', import.meta.url).pathname;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (xs: number[]) => ({ min: Math.min(...xs), median: median(xs) });

function duSync(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, d) => {
    const p = join(dir, d.name);
    return sum + (d.isDirectory() ? duSync(p) : statSync(p).size);
  }, 0);
}

/** Runs `astro build` and samples the peak resident memory of the process. */
function build(editie: string, outDir: string): Promise<{ ms: number; peakMiB: number; pagefindMs: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: {
        ...process.env,
        BARRIEREMODEL_EDITIE: editie,
        BARRIEREMODEL_CONTENT: 'tests/fixtures/valid',
        BARRIEREMODEL_OUTDIR: outDir,
        BARRIEREMODEL_BASE: '/',
      },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let peakKiB = 0;
    const sample = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKiB = Math.max(peakKiB, Number(m[1]));
      } catch {
        /* the process has ended */
      }
    }, 50);
    child.on('close', (code) => {
      clearInterval(sample);
      const ms = performance.now() - start;
      if (code !== 0) return reject(new Error(`build mislukt:\n${out.slice(-3000)}`));
      const pf = /geïndexeerd in (\d+) ms/.exec(out);
      resolve({ ms: Math.round(ms), peakMiB: Math.round(peakKiB / 1024), pagefindMs: pf ? Number(pf[1]) : NaN });
    });
  });
}

/** HTML, CSS and JS bytes (raw and gzip) that one page loads. */
function pageWeight(dist: string, pagePath: string) {
  const html = readFileSync(join(dist, pagePath, 'index.html'));
  const text = html.toString();
  const refs = [...text.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((u) => /\.(css|js)$/.test(u));
  const bytes = (ext: string) => refs.filter((u) => u.endsWith(ext)).map((u) => readFileSync(join(dist, u)));
  const sum = (bufs: Buffer[]) => ({
    raw: bufs.reduce((s, b) => s + b.length, 0),
    gzip: bufs.reduce((s, b) => s + gzipSync(b).length, 0),
  });
  return { html: sum([html]), css: sum(bytes('.css')), js: sum(bytes('.js')) };
}

/** Cold and warm query in Chromium, on the site served gzip-compressed as a web server would. */
async function queries(dist: string): Promise<Zoekmeting> {
  const server = await serve(dist, '/', {}, 0, { gzip: true });
  const browser = await launchChromium();
  try {
    // Service workers blocked: the offline precache downloads in the background and is reported on its own.
    return await meetZoeken(await browser.newContext({ serviceWorkers: 'block' }), server.origin, '/', [
      'leerplicht verzuim',
      'uitbuiting signaal',
    ]);
  } finally {
    await browser.close();
    await server.close();
  }
}

const resultaten: Record<string, unknown> = {};
for (const n of SIZES) {
  const work = mkdtempSync(join(tmpdir(), `bm-bench-${n}-`));
  const corpus = generateCorpus(join(work, 'editie'), n);
  const runs: { build: Awaited<ReturnType<typeof build>>; q: Awaited<ReturnType<typeof queries>> }[] = [];
  let last = '';
  for (let r = 0; r < RUNS; r++) {
    const out = join(work, `dist-${r}`);
    const b = await build(corpus.dir, out);
    const q = await queries(out);
    runs.push({ build: b, q });
    if (last) rmSync(last, { recursive: true, force: true });
    last = out;
    process.stderr.write(`N=${n} run ${r + 1}/${RUNS}: build ${b.ms} ms, ${b.peakMiB} MiB\n`);
  }
  const signaal = pageWeight(last, 'signalen/syn-signaal-1');
  resultaten[`N=${n}`] = {
    entries: corpus.aantallen,
    buildMs: stat(runs.map((r) => r.build.ms)),
    peakMemoryMiB: stat(runs.map((r) => r.build.peakMiB)),
    pagefindMs: stat(runs.map((r) => r.build.pagefindMs)),
    distBytes: duSync(last),
    indexBytes: duSync(join(last, 'pagefind')),
    signalPage: signaal,
    coldQuery: {
      ms: stat(runs.map((r) => r.q.koud.ms)),
      bytes: stat(runs.map((r) => r.q.koud.bytes)),
      results: runs[0].q.koud.resultaten,
    },
    warmQuery: {
      ms: stat(runs.map((r) => r.q.warm.ms)),
      bytes: stat(runs.map((r) => r.q.warm.bytes)),
      results: runs[0].q.warm.resultaten,
    },
  };
  rmSync(work, { recursive: true, force: true });
}
console.log(
  JSON.stringify(
    { runs: RUNS, machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, resultaten },
    null,
    2,
  ),
);
