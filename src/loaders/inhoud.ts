/**
 * Loads one collection from its real folders: the national content and,
 * with an edition, the edition's own content/ — composed at load time, with
 * nothing copied. Entries the edition hides or replaces are left out of the
 * national folder. Each file is parsed by parseEntry (src/lib/content-files.ts),
 * the same parse the content check uses, so check and build agree on every
 * field and heading. In `astro dev`, edits to either folder reload the
 * collection.
 *
 * The edition's extra links are not written into the signals: they reach
 * the graph as data (src/data/graph.ts), as local contacts do.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEntry, walkVeilig } from '../lib/content-files.ts';
import { EXTENSIES, type CollectionName } from '../lib/model.ts';
import { formatReport } from '../lib/problems.ts';

export interface Inhoudsbronnen {
  /** The national content folder (absolute). */
  nationaal: string;
  /** The edition's content folder (absolute), if it has one. */
  lokaal?: string;
  /** The edition's "In onze gemeente" folder (absolute), if it has one. */
  lokaalBlokken?: string;
  /** "collectie/id" of national entries the edition hides or replaces. */
  weglaten: string[];
}

interface Bestand {
  pad: string;
  id: string;
}

/** The files directly in a folder with one of these extensions, each with its id (the name without extension). */
function bestandenIn(dir: string | undefined, extensies: readonly string[]): Bestand[] {
  if (!dir || !existsSync(dir)) return [];
  return walkVeilig(dir, (p) => p)
    .bestanden.filter((p) => extensies.includes(extname(p)) && !relative(dir, p).includes(sep))
    .map((pad) => ({ pad, id: pad.slice(dir.length + 1, pad.length - extname(pad).length) }));
}

/** The files of a collection: national ones not left out, then the edition's own. */
export function bestandenVan(collection: CollectionName, bronnen: Inhoudsbronnen): Bestand[] {
  const weg = new Set(bronnen.weglaten);
  return [
    ...bestandenIn(join(bronnen.nationaal, collection), EXTENSIES[collection]).filter((b) => !weg.has(`${collection}/${b.id}`)),
    ...bestandenIn(bronnen.lokaal && join(bronnen.lokaal, collection), EXTENSIES[collection]),
  ];
}

/** Watches the folders in `astro dev` and runs `sync` again when a file in them changes. */
function volg(context: LoaderContext, mappen: (string | undefined)[], sync: () => Promise<void>) {
  const { watcher, logger } = context;
  if (!watcher) return;
  const dirs = mappen.filter((m): m is string => !!m && existsSync(m));
  for (const d of dirs) watcher.add(d);
  const binnen = (p: string) => dirs.some((d) => p.startsWith(`${d}${sep}`));
  const opnieuw = async (p: string) => {
    if (!binnen(p)) return;
    try {
      await sync();
      logger.info(`opnieuw geladen na wijziging in ${p}`);
    } catch (error) {
      logger.error((error as Error).message);
    }
  };
  watcher.on('change', opnieuw);
  watcher.on('add', opnieuw);
  watcher.on('unlink', opnieuw);
}

export function inhoudLoader(collection: CollectionName, bronnen: Inhoudsbronnen): Loader {
  return {
    name: 'barrieremodel:inhoud',
    load: async (context) => {
      const { store, parseData, generateDigest, renderMarkdown, config } = context;
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const gezien = new Set<string>();
        for (const { pad, id } of bestandenVan(collection, bronnen)) {
          const filePath = relative(root, pad).split(sep).join('/');
          const tekst = readFileSync(pad, 'utf8');
          // The build's first step has checked everything; in `astro dev` an edit may break a file.
          const { entries, problemen } = parseEntry(collection, filePath, tekst, { alleenGegevens: !context.watcher });
          if (entries.length === 0) throw new Error(formatReport(problemen));
          const { data, body } = entries[0];
          gezien.add(id);
          const digest = generateDigest(tekst);
          const bestaand = store.get(id);
          if (bestaand?.digest === digest && bestaand.filePath === filePath) {
            if (bestaand.deferredRender) store.addModuleImport(filePath);
            continue;
          }
          const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath: pad });
          const ext = extname(pad);
          if (ext === '.mdx') store.set({ id, data: parsed, body, filePath, digest, deferredRender: true });
          else if (ext === '.md')
            store.set({ id, data: parsed, body, filePath, digest, rendered: await renderMarkdown(body ?? '') });
          else store.set({ id, data: parsed, filePath, digest });
        }
        for (const id of store.keys()) if (!gezien.has(id)) store.delete(id);
      };
      await sync();
      volg(context, [join(bronnen.nationaal, collection), bronnen.lokaal && join(bronnen.lokaal, collection)], sync);
    },
  };
}

/**
 * "In onze gemeente": the edition's lokaal/<signaal-id>.md blocks, rendered
 * with the site's Markdown processor. Empty for the national edition.
 */
export function lokaalLoader(bronnen: Inhoudsbronnen): Loader {
  return {
    name: 'barrieremodel:lokaal',
    load: async (context) => {
      const { store, renderMarkdown, generateDigest, config } = context;
      const dir = bronnen.lokaalBlokken;
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        for (const { pad, id } of bestandenIn(dir, ['.md'])) {
          const body = readFileSync(pad, 'utf8');
          store.set({
            id,
            data: { signaal: id },
            body,
            filePath: relative(root, pad).split(sep).join('/'),
            digest: generateDigest(body),
            rendered: await renderMarkdown(body),
          });
        }
      };
      await sync();
      volg(context, [dir], sync);
    },
  };
}
