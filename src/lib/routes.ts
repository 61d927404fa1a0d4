/**
 * The route table of detail pages, computed from the graph in one place (as
 * Starlight does in utils/routing): for every collection with pages, one
 * static path per node, `<collection>/<id>/` (see entryPath), with the node as
 * its typed prop. One page (src/pages/[collectie]/[id].astro) serves them all;
 * the pages below a detail page (a case's answers and slides) ask for one
 * collection.
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

/** A detail page of any collection: its node, typed per collection (narrow on `node.collection`). */
export type ElkeDetailNode<E extends EntryMap = EntryMap> = { [C in PaginaCollectie]: DetailNode<C, E> }[PaginaCollectie];

export interface ElkeDetailRoute<E extends EntryMap = EntryMap> {
  params: { collectie: PaginaCollectie; id: string };
  props: { node: ElkeDetailNode<E> };
}

/** The static paths of collection C's detail pages: one per node, in graph order. */
export function detailRoutes<C extends PaginaCollectie, E extends EntryMap>(graph: Graph<E>, collection: C): DetailRoute<C, E>[] {
  if (!MET_PAGINA.includes(collection)) throw new Error(`Geen detailpagina's voor de collectie "${collection}"`);
  const nodes: readonly DetailNode<C, E>[] = graph[collection];
  return nodes.map((node) => ({ params: { id: node.id }, props: { node } }));
}

/** The static paths of every detail page: per collection with pages, in the order of MET_PAGINA, then graph order. */
export function alleDetailRoutes<E extends EntryMap>(graph: Graph<E>): ElkeDetailRoute<E>[] {
  return (MET_PAGINA as readonly PaginaCollectie[]).flatMap((collectie) =>
    detailRoutes(graph, collectie).map(({ params, props }) => ({ params: { collectie, id: params.id }, props })),
  );
}
