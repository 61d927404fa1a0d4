/**
 * The route table of detail pages, computed from the graph in one place (as
 * Starlight does in utils/routing): for every collection with pages, one
 * static path per node, `<collection>/<id>/` (see entryPath), with the node as
 * its typed prop. Pages only say which collection they show.
 */
import type { EntryMap, Graph } from './graph.ts';
import { MET_PAGINA, type CollectionName } from './model.ts';

/** The collections whose entries each have a detail page. */
export type PaginaCollectie = Exclude<CollectionName, 'observaties'>;

/** The node a detail page of collection C shows. */
export type DetailNode<C extends PaginaCollectie, E extends EntryMap = EntryMap> = Graph<E>[C][number];

export interface DetailRoute<C extends PaginaCollectie, E extends EntryMap = EntryMap> {
  params: { id: string };
  props: { node: DetailNode<C, E> };
}

/** The static paths of collection C's detail pages: one per node, in graph order. */
export function detailRoutes<C extends PaginaCollectie, E extends EntryMap>(graph: Graph<E>, collection: C): DetailRoute<C, E>[] {
  if (!MET_PAGINA.includes(collection)) throw new Error(`Geen detailpagina's voor de collectie "${collection}"`);
  const nodes: readonly DetailNode<C, E>[] = graph[collection];
  return nodes.map((node) => ({ params: { id: node.id }, props: { node } }));
}
