import { getGraph, type SiteNode } from './graph.ts';
import { situatieInvoer, zoekMetadata, type ZoekMeta } from '../lib/search-meta.ts';
import { bouwSituatieIndex } from '../lib/situatie.ts';
import { entryPath } from '../lib/urls.ts';
import { nl } from '../i18n/nl.ts';
import type { AnyNode } from '../lib/graph.ts';

let cached: Promise<Map<string, ZoekMeta>> | undefined;

const bodyVan = (n: SiteNode) => n.entry.body;

/** Search metadata of every node, computed once per build. */
export function alleZoekMeta(): Promise<Map<string, ZoekMeta>> {
  cached ??= getGraph().then((g) =>
    zoekMetadata(
      g,
      {
        type: (n) => nl.collecties[n.collection].enkel,
        fase: (f) => nl.fasen[f].label,
        urgentie: (u) => nl.urgenties[u].label,
      },
      bodyVan,
    ),
  );
  return cached;
}

/** Search metadata of one node (filters, result-line meta, extra terms). */
export async function zoekMetaVan(node: Pick<AnyNode, 'collection' | 'id'>): Promise<ZoekMeta> {
  const meta = (await alleZoekMeta()).get(`${node.collection}/${node.id}`);
  if (!meta) throw new Error(`Geen zoekgegevens voor ${node.collection}/${node.id}`);
  return meta;
}

/** The situation-search index (src/lib/situatie.ts) of this build. */
export async function situatieIndex() {
  const graph = await getGraph();
  return bouwSituatieIndex(situatieInvoer(graph, bodyVan, (n) => entryPath(n.collection, n.id), await alleZoekMeta()));
}
