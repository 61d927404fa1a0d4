/**
 * Detail routes for pages. src/pages/[collectie]/[id].astro serves every
 * detail page (`getStaticPaths = () => alleDetailPaths()`); a page below one
 * collection's detail page asks for that collection
 * (`getStaticPaths = () => detailPaths('casussen')`, `type Props = DetailProps<'casussen'>`).
 * The node comes typed, with its own collection's entry (for render()) and data.
 */
import { alleDetailRoutes, detailRoutes, type DetailNode, type PaginaCollectie } from '../lib/routes.ts';
import { getGraph, type SiteEntries } from './graph.ts';

export type { PaginaCollectie };
export interface DetailProps<C extends PaginaCollectie> {
  node: DetailNode<C, SiteEntries>;
}

export async function detailPaths<C extends PaginaCollectie>(collection: C) {
  return detailRoutes(await getGraph(), collection);
}

export async function alleDetailPaths() {
  return alleDetailRoutes(await getGraph());
}
