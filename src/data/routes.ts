/**
 * Detail routes for pages: `export const getStaticPaths = () => detailPaths('signalen')`
 * and `type Props = DetailProps<'signalen'>`; the node comes typed, with its
 * own collection's entry (for render()) and data.
 */
import { detailRoutes, type DetailNode, type PaginaCollectie } from '../lib/routes.ts';
import { getGraph, type SiteEntries } from './graph.ts';

export type { PaginaCollectie };
export interface DetailProps<C extends PaginaCollectie> {
  node: DetailNode<C, SiteEntries>;
}

export async function detailPaths<C extends PaginaCollectie>(collection: C) {
  return detailRoutes(await getGraph(), collection);
}
