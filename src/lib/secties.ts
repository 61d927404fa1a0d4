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
import { Geheugen, GEHEUGEN_PLAATSEN } from './geheugen.ts';

export interface Sectie {
  readonly kop: string;
  readonly html: string;
}

const gemaakt = new Geheugen<string, readonly Sectie[]>(GEHEUGEN_PLAATSEN);

/**
 * The sections of a body, in order; text before the first heading comes under
 * kop "". Kept per body (a case's page and its answers page show the same
 * sections), and each section's HTML is made when it is first asked for: the
 * signal cards need one section of every signal, not all of them.
 */
export function secties(body: string): readonly Sectie[] {
  const eerder = gemaakt.get(body);
  if (eerder) return eerder;
  // Second wall behind the content check: no HTML, unsafe links or images from elsewhere.
  const tree = ontsmet(leesMarkdown(body) as BodyNode) as unknown as Root;
  const uit: { kop: string; nodes: RootContent[] }[] = [{ kop: '', nodes: [] }];
  for (const n of tree.children) {
    if (n.type === 'heading' && n.depth === 2) uit.push({ kop: tekstVan(n as unknown as MdNode).trim(), nodes: [] });
    else uit[uit.length - 1].nodes.push(n);
  }
  const lijst = uit
    .filter((s) => s.kop || s.nodes.length)
    .map(({ kop, nodes }): Sectie => {
      let html: string | undefined;
      return {
        kop,
        get html() {
          return (html ??= toHtml(toHast({ type: 'root', children: nodes })));
        },
      };
    });
  gemaakt.set(body, lijst);
  return lijst;
}

/** One section by its heading; throws with the heading when it is missing. */
export function sectie(alle: readonly Sectie[], kop: string): Sectie {
  const s = alle.find((x) => x.kop === kop);
  if (!s) throw new Error(`Sectie "${kop}" ontbreekt`);
  return s;
}
