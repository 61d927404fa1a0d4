import type { CollectionEntry } from 'astro:content';
import { getGraph } from './graph.ts';
import { zoekMetadata, type ZoekMeta } from '../lib/search-meta.ts';
import { nl } from '../i18n/nl.ts';
import type { AnyNode } from '../lib/graph.ts';

let cached: Promise<Map<string, ZoekMeta>> | undefined;

/** Search metadata of one node (filters, result-line meta, extra terms), computed once per build. */
export async function zoekMetaVan(node: Pick<AnyNode, 'collection' | 'id'>): Promise<ZoekMeta> {
  cached ??= getGraph().then((g) =>
    zoekMetadata(
      g,
      {
        type: (n) => nl.collecties[n.collection].enkel,
        fase: (f) => nl.fasen[f].label,
        urgentie: (u) => nl.urgenties[u].label,
      },
      (n) => (n.entry as CollectionEntry<'signalen'>).body,
    ),
  );
  const meta = (await cached).get(`${node.collection}/${node.id}`);
  if (!meta) throw new Error(`Geen zoekgegevens voor ${node.collection}/${node.id}`);
  return meta;
}
