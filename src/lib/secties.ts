/**
 * A Markdown body split into its level-2 sections, each as HTML. Used where a
 * page shows sections apart from each other: a case exercise hides its
 * answers behind a reveal, and presentation mode shows one section a slide.
 * Raw HTML, unsafe link targets and images from elsewhere are dropped.
 */
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { leesMarkdown, tekstVan, type MdNode } from './body.ts';
import { ontsmet, type BodyNode } from './body-safety.ts';

export interface Sectie {
  kop: string;
  html: string;
}

/** The sections of a body, in order; text before the first heading comes under kop "". */
export function secties(body: string): Sectie[] {
  // Second wall behind the content check: no HTML, unsafe links or images from elsewhere.
  // ontsmet changes the tree it gets: give it a copy of the shared one.
  const tree = ontsmet(structuredClone(leesMarkdown(body)) as BodyNode) as unknown as Root;
  const uit: { kop: string; nodes: RootContent[] }[] = [{ kop: '', nodes: [] }];
  for (const n of tree.children) {
    if (n.type === 'heading' && n.depth === 2) uit.push({ kop: tekstVan(n as unknown as MdNode).trim(), nodes: [] });
    else uit[uit.length - 1].nodes.push(n);
  }
  return uit
    .filter((s) => s.kop || s.nodes.length)
    .map((s) => ({ kop: s.kop, html: toHtml(toHast({ type: 'root', children: s.nodes })) }));
}

/** One section by its heading; throws with the heading when it is missing. */
export function sectie(alle: readonly Sectie[], kop: string): Sectie {
  const s = alle.find((x) => x.kop === kop);
  if (!s) throw new Error(`Sectie "${kop}" ontbreekt`);
  return s;
}
