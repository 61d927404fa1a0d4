#!/usr/bin/env node
/**
 * npm run bench:bouw [-- --n 1000 --runs 2 --profiel]
 *
 * Build cost next to a bare site (issue 15, part 8): for a synthetic corpus
 * of N signals (scripts/bench/corpus.ts), builds
 *   - the product (astro build with the corpus as an edition), and
 *   - a bare Astro + MDX + Pagefind site with one page per entry of the same
 *     content (scripts/bench/kaal.ts),
 * and prints wall and CPU seconds (user + system, child processes included)
 * and the ratio: for the first run (both without caches) and as the median
 * of the later runs (both with the caches a rebuild finds). With --profiel it
 * also runs the product build once under node --cpu-prof and prints where the
 * CPU time goes, per package or source folder. A benchmark, not a test: it asserts nothing. Run it on a quiet machine.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus.ts';
import { kaleSite } from './bench/kaal.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '2' },
    profiel: { type: 'boolean', default: false },
  },
});
const N = Number(values.n);
const RUNS = Number(values.runs);
const root = new URL('../', import.meta.url).pathname;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefind = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');

interface Meting {
  wandS: number;
  cpuS: number;
}

/** Runs a shell command and measures wall time and the CPU time of everything it started (bash `times`). */
function meet(cmd: string, cwd: string, env: Record<string, string>): Promise<Meting> {
  return new Promise((ok, fout) => {
    const start = performance.now();
    const child = spawn(
      'bash',
      ['-c', `${cmd} >/tmp/bm-bench-bouw.log 2>&1 || { tail -40 /tmp/bm-bench-bouw.log >&2; exit 1; }; times`],
      {
        cwd,
        env: { ...process.env, ...env },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      if (code !== 0) return fout(new Error(`${cmd} mislukte:\n${err}`));
      // `times` prints the shell's own user/sys, then its children's: "0m12.345s 0m1.234s".
      const kinderen = out.trim().split('\n').at(-1)!;
      const sec = [...kinderen.matchAll(/(\d+)m([\d.]+)s/g)].reduce((s, m) => s + Number(m[1]) * 60 + Number(m[2]), 0);
      ok({ wandS: Math.round((performance.now() - start) / 10) / 100, cpuS: Math.round(sec * 100) / 100 });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Self time per package (node_modules/<naam>) or source folder, from a V8 CPU profile. */
function profielOverzicht(bestand: string) {
  const p = JSON.parse(readFileSync(bestand, 'utf8')) as {
    nodes: { id: number; callFrame: { url: string; functionName: string }; hitCount?: number }[];
    startTime: number;
    endTime: number;
    samples: number[];
  };
  const perMs = (p.endTime - p.startTime) / 1000 / Math.max(1, p.samples.length);
  const groep = (url: string, fn: string) => {
    if (!url) return fn.startsWith('(') ? fn : '(native)';
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (nm) return nm[1];
    const src = /\/(src\/[^/]+|scripts)\//.exec(url);
    if (src) return src[1];
    return url.startsWith('node:') ? 'node (ingebouwd)' : url.replace(/^file:\/\//, '').replace(root, '');
  };
  const tijd = new Map<string, number>();
  for (const n of p.nodes) {
    const g = groep(n.callFrame.url, n.callFrame.functionName);
    // Waiting (for Pagefind's own process, or the disk) is not CPU time of this process.
    if (g === '(idle)') continue;
    tijd.set(g, (tijd.get(g) ?? 0) + (n.hitCount ?? 0) * perMs);
  }
  const totaal = [...tijd.values()].reduce((a, b) => a + b, 0);
  return {
    totaalS: Math.round(totaal) / 1000,
    top: [...tijd.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([g, ms]) => ({ groep: g, s: Math.round(ms) / 1000, aandeel: `${Math.round((ms / totaal) * 100)}%` })),
  };
}

const werk = mkdtempSync(join(tmpdir(), `bm-bench-bouw-${N}-`));
try {
  const corpus = generateCorpus(join(werk, 'editie'), N);
  const fixture = join(root, 'tests/fixtures/valid');
  const kaal = kaleSite(join(werk, 'kaal'), root, [fixture, join(corpus.dir, 'content')]);
  const product: Meting[] = [];
  const basis: Meting[] = [];
  for (let r = 0; r < RUNS; r++) {
    product.push(
      await meet(`"${process.execPath}" "${astro}" build`, root, {
        BARRIEREMODEL_EDITIE: corpus.dir,
        BARRIEREMODEL_CONTENT: fixture,
        BARRIEREMODEL_OUTDIR: join(werk, 'dist-product'),
        BARRIEREMODEL_BASE: '/',
      }),
    );
    basis.push(await meet(`"${process.execPath}" "${astro}" build && "${process.execPath}" "${pagefind}" --site dist`, kaal, {}));
    process.stderr.write(
      `run ${r + 1}/${RUNS}: product ${JSON.stringify(product.at(-1))}, kaal ${JSON.stringify(basis.at(-1))}\n`,
    );
  }
  const pagina = (d: string) => readdirSync(d, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
  let profiel: ReturnType<typeof profielOverzicht> | undefined;
  if (values.profiel) {
    const dir = join(werk, 'profiel');
    await meet(`"${process.execPath}" --cpu-prof --cpu-prof-dir="${dir}" "${astro}" build`, root, {
      BARRIEREMODEL_EDITIE: corpus.dir,
      BARRIEREMODEL_CONTENT: fixture,
      BARRIEREMODEL_OUTDIR: join(werk, 'dist-profiel'),
      BARRIEREMODEL_BASE: '/',
    });
    const [bestand] = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    profiel = profielOverzicht(join(dir, bestand));
  }
  const m = (xs: Meting[]) => ({ wandS: median(xs.map((x) => x.wandS)), cpuS: median(xs.map((x) => x.cpuS)) });
  const verhouding = (p: Meting, b: Meting) => ({
    wand: Math.round((p.wandS / b.wandS) * 100) / 100,
    cpu: Math.round((p.cpuS / b.cpuS) * 100) / 100,
  });
  // Run 1 starts both sites without caches (a new corpus folder); later runs find the caches of the run before,
  // as a rebuild does: Astro's data store for both, the content check's YAML results for the product.
  const warm = { product: m(product.slice(1)), kaal: m(basis.slice(1)) };
  console.log(
    JSON.stringify(
      {
        n: N,
        runs: RUNS,
        paginas: { product: pagina(join(werk, 'dist-product')), kaal: pagina(join(kaal, 'dist')) },
        koud: { product: product[0], kaal: basis[0], verhouding: verhouding(product[0], basis[0]) },
        ...(RUNS > 1 ? { warm: { ...warm, verhouding: verhouding(warm.product, warm.kaal) } } : {}),
        perRun: product.map((p, i) => verhouding(p, basis[i])),
        profiel,
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(werk, { recursive: true, force: true });
}
