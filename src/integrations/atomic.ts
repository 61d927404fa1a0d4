/**
 * A build either succeeds whole or leaves the previous output untouched, and
 * builds do not share state.
 *
 * - Astro writes into a fresh folder of its own in Astro's cache folder
 *   (node_modules/.astro/bouw-<id>/): inside the project, because Astro
 *   itself moves files into the output folder by renaming, and outside the
 *   repository's own files. Only when every step has succeeded (pages,
 *   Pagefind index, offline manifest: `publish` runs as the last
 *   integration) is that folder moved to the output folder: copied next to
 *   it first when it lies on another filesystem (EXDEV), then swapped in by
 *   two renames. A failed or interrupted build leaves the previous output
 *   whole.
 * - Astro keeps generated types in <root>/.astro/ for every build of the same
 *   project; a lock (in Astro's cache folder, node_modules/.astro/bouw.lock)
 *   lets builds in one project run one after the other instead of through
 *   each other. A lock of a process that no longer runs is taken over.
 * - Each content source (national folder plus edition) gets its own Astro
 *   cache (cacheDir), so cached entries of one content folder never end up
 *   in a build of another.
 */
import type { AstroIntegration } from 'astro';
import { createHash, randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout as wacht } from 'node:timers/promises';

export interface Bouw {
  /** Unique per build: <pid>-<random>. */
  id: string;
  /** Where Astro writes this build: node_modules/.astro/bouw-<id>/dist */
  tijdelijk: string;
  /** The output folder that is replaced at the end. */
  doel: string;
}

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the project's build lock, waiting for a running build; a dead one's lock is taken over. */
async function neemSlot(werkmap: string, maxMs = 15 * 60_000): Promise<() => void> {
  const slot = join(werkmap, 'bouw.lock');
  mkdirSync(werkmap, { recursive: true });
  const begin = Date.now();
  for (let poging = 0; ; poging++) {
    try {
      mkdirSync(slot);
      writeFileSync(join(slot, 'pid'), String(process.pid));
      return () => rmSync(slot, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number(existsSync(join(slot, 'pid')) ? readFileSync(join(slot, 'pid'), 'utf8') : NaN);
    // A lock without a pid file is being created right now; give it a moment before judging it.
    if ((Number.isInteger(pid) && !leeft(pid)) || (!Number.isInteger(pid) && poging > 20)) {
      rmSync(slot, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - begin > maxMs)
      throw new Error(`Een andere build (proces ${pid}) houdt ${slot} al meer dan ${maxMs / 60_000} minuten bezet`);
    await wacht(250);
  }
}

/** Removes build folders left behind by builds that no longer run (killed, power cut): in the work folder, and next to `doel`. */
function ruimOp(werkmap: string, doel: string) {
  const ruim = (map: string, patroon: RegExp) => {
    if (!existsSync(map)) return;
    for (const naam of readdirSync(map)) {
      const m = patroon.exec(naam);
      if (m && !leeft(Number(m[1]))) rmSync(join(map, naam), { recursive: true, force: true });
    }
  };
  ruim(werkmap, /^bouw-(\d+)-/);
  ruim(dirname(doel), new RegExp(`^${basename(doel).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:nieuw|oud)-(\\d+)-`));
}

/**
 * Keyed folders (caches, merged content) record the content source they
 * belong to in bron.json; a folder whose source no longer exists (a test's
 * or benchmark's temporary content) is removed, so they do not pile up.
 */
export function bewaarBron(map: string, bronnen: (string | undefined)[]): void {
  mkdirSync(map, { recursive: true });
  writeFileSync(join(map, 'bron.json'), JSON.stringify(bronnen.filter(Boolean)));
}

export function ruimVerlatenBronnenOp(ouder: string, voorvoegsel = 'inhoud-'): void {
  if (!existsSync(ouder)) return;
  for (const naam of readdirSync(ouder).filter((n) => n.startsWith(voorvoegsel))) {
    const bron = join(ouder, naam, 'bron.json');
    if (!existsSync(bron)) continue;
    try {
      if ((JSON.parse(readFileSync(bron, 'utf8')) as string[]).some((p) => !existsSync(p)))
        rmSync(join(ouder, naam), { recursive: true, force: true });
    } catch {
      /* unreadable: leave it */
    }
  }
}

/**
 * Moves a finished build to `doel`: renamed when on the same filesystem,
 * otherwise copied next to `doel` first; then the old output is swapped out.
 */
export function publiceer(tijdelijk: string, doel: string, id: string): void {
  mkdirSync(dirname(doel), { recursive: true });
  const nieuw = `${doel}.nieuw-${id}`;
  const oud = `${doel}.oud-${id}`;
  try {
    renameSync(tijdelijk, nieuw);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    try {
      cpSync(tijdelijk, nieuw, { recursive: true });
    } catch (kopie) {
      rmSync(nieuw, { recursive: true, force: true });
      throw kopie;
    }
    rmSync(tijdelijk, { recursive: true, force: true });
  }
  const hadOud = existsSync(doel);
  if (hadOud) renameSync(doel, oud);
  try {
    renameSync(nieuw, doel);
  } catch (error) {
    if (hadOud) renameSync(oud, doel);
    throw error;
  }
  if (hadOud) rmSync(oud, { recursive: true, force: true });
}

/** A short, stable key for a content source (national folder + edition folder). */
export function bronSleutel(...delen: (string | undefined)[]): string {
  return createHash('sha256')
    .update(delen.map((d) => d ?? '').join('\0'))
    .digest('hex')
    .slice(0, 12);
}

/**
 * The two ends of an atomic build: `begin` (first integration) redirects
 * Astro's output and cache; `publish` (last integration) moves the result.
 */
export function atomicBuild(content: { contentDir: string; editieDir?: string }) {
  let bouw: Bouw | undefined;
  let laat: (() => void) | undefined;
  const opruimen = () => {
    if (bouw) rmSync(dirname(bouw.tijdelijk), { recursive: true, force: true });
    laat?.();
    laat = undefined;
  };
  const begin: AstroIntegration = {
    name: 'barrieremodel:atomic-begin',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const caches = join(root, 'node_modules', '.astro');
        laat = await neemSlot(caches);
        process.once('exit', opruimen);
        for (const sein of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
          process.once(sein, () => {
            opruimen();
            process.exit(130);
          });
        }
        const doel = fileURLToPath(config.outDir).replace(/\/$/, '');
        ruimOp(caches, doel);
        const id = `${process.pid}-${randomUUID().slice(0, 8)}`;
        const tijdelijk = join(caches, `bouw-${id}`, 'dist');
        mkdirSync(tijdelijk, { recursive: true });
        bouw = { id, tijdelijk, doel };
        const bronnen = [resolve(root, content.contentDir), content.editieDir && resolve(root, content.editieDir)];
        const sleutel = bronSleutel(...bronnen);
        ruimVerlatenBronnenOp(caches);
        bewaarBron(join(caches, `inhoud-${sleutel}`), bronnen);
        updateConfig({
          outDir: pathToFileURL(`${tijdelijk}/`),
          cacheDir: pathToFileURL(join(caches, `inhoud-${sleutel}/`)),
        });
      },
    },
  };
  const publish: AstroIntegration = {
    name: 'barrieremodel:atomic-publish',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!bouw) return;
        const gebouwd = fileURLToPath(dir).replace(/\/$/, '');
        if (resolve(gebouwd) !== resolve(bouw.tijdelijk))
          throw new Error(`Onverwachte uitvoermap ${gebouwd} (verwacht ${bouw.tijdelijk})`);
        publiceer(bouw.tijdelijk, bouw.doel, bouw.id);
        logger.info(`gepubliceerd naar ${bouw.doel}`);
        opruimen();
      },
    },
  };
  return { begin, publish, huidige: () => bouw };
}
