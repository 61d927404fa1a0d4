/**
 * Reading an entry's Markdown/MDX body: its outline, and the steps under a
 * heading (used for the "Eerste stap" box at the top of a signal page).
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { gedeeldGeheugen } from './geheugen.ts';

export interface MdNode {
  type: string;
  depth?: number;
  ordered?: boolean;
  value?: string;
  name?: string | null;
  position?: { start: { line: number } };
  children?: MdNode[];
}

/**
 * Parsed trees by text, shared by every reader in one process: the content
 * check parses each body once, and the pages that read its sections later
 * (steps, case sections, slides) get the same tree instead of parsing again.
 * Shared between the check and the pages (src/lib/geheugen.ts), and
 * bounded, so a long `astro dev` session does not keep every old version
 * of an edited body. Trees are read-only:
 * a reader that changes a tree works on a copy.
 */
const gedeeld = gedeeldGeheugen<string, MdNode>('mdast');

/** Why a text cannot be parsed, with the line in the text when the parser names one. */
export class LeesFout extends Error {
  readonly reden: string;
  readonly regel?: number;
  constructor(reden: string, regel?: number) {
    super(regel ? `regel ${regel}: ${reden}` : reden);
    this.reden = reden;
    this.regel = regel;
  }
}

/** Any error while reading a text, as a LeesFout (a parser's own, or another with its message). */
export function alsLeesFout(error: unknown): LeesFout {
  return error instanceof LeesFout ? error : new LeesFout(error instanceof Error ? error.message : String(error));
}

/**
 * At most this many levels of nodes in one another (quotes, lists, emphasis,
 * components): real content stays far below it (a list in a list in a quote
 * is about ten). A deeper body is refused with its line, before any reader
 * walks it: the readers recurse, and a body of 50,000 nested quotes would
 * otherwise stop the check with a stack overflow that names no file.
 */
export const MAX_DIEPTE = 100;

/** The first node deeper than MAX_DIEPTE, walked without recursion. */
function teDiep(tree: MdNode): MdNode | undefined {
  const stapel: [MdNode, number][] = [[tree, 0]];
  while (stapel.length > 0) {
    const [node, diepte] = stapel.pop()!;
    if (diepte > MAX_DIEPTE) return node;
    for (const kind of node.children ?? []) stapel.push([kind, diepte + 1]);
  }
  return undefined;
}

/**
 * The syntax tree of a Markdown (or, with `mdx`, MDX) text, parsed by the
 * build's own Markdown processor (satteri, which Astro and @astrojs/mdx use to
 * render): check and build read every heading, list and component alike.
 * Throws a LeesFout on text that cannot be parsed, or that is nested deeper
 * than MAX_DIEPTE levels.
 */
export function leesMarkdown(text: string, soort: 'md' | 'mdx' = 'md'): MdNode {
  const sleutel = `${soort}\0${text}`;
  let tree = gedeeld.get(sleutel);
  if (!tree) {
    try {
      tree = (soort === 'mdx' ? mdxToMdast : markdownToMdast)(text) as MdNode;
    } catch (error) {
      // satteri reports "regel:kolom: reden (code)".
      const m = /^(\d+):\d+: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec((error as Error).message);
      throw m ? new LeesFout(m[2], Number(m[1])) : new LeesFout((error as Error).message);
    }
    const diep = teDiep(tree);
    if (diep)
      throw new LeesFout(
        `de tekst is te diep genest (meer dan ${MAX_DIEPTE} niveaus citaten, lijsten of onderdelen in elkaar); schrijf haar eenvoudiger`,
        diep.position?.start.line,
      );
    gedeeld.set(sleutel, tree);
  }
  return tree;
}

/** The plain text of a Markdown node. */
export function tekstVan(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(tekstVan).join(node.type === 'listItem' ? ' ' : '');
}

/**
 * The raw text of the level-2 section `kop` of a Markdown body, without its
 * heading, up to the next level-2 heading (empty if there is no such section).
 */
export function sectieTekst(body: string, kop: string): string {
  const begin = body.search(new RegExp(`^## +${kop.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \t]*\r?$`, 'm'));
  if (begin === -1) return '';
  const rest = body.slice(body.indexOf('\n', begin) + 1 || body.length);
  const volgende = rest.search(/^## /m);
  return volgende === -1 ? rest : rest.slice(0, volgende);
}

/**
 * The first list under the level-2 heading `kop` of a parsed body: its items,
 * or [] when the section starts without a list; undefined without the section.
 */
export function eersteLijstOnder(tree: MdNode, kop: string): MdNode[] | undefined {
  const top = tree.children ?? [];
  const i = top.findIndex((n) => n.type === 'heading' && n.depth === 2 && tekstVan(n).trim() === kop);
  if (i === -1) return undefined;
  const volgende = top.slice(i + 1).find((n) => n.type === 'list' || (n.type === 'heading' && (n.depth ?? 9) <= 2));
  return volgende?.type === 'list' ? (volgende.children ?? []) : [];
}

/**
 * The items of the first list under the level-2 heading `kop` of an MDX body,
 * as plain text. Uses the tree the content check already made of this body.
 */
export function stappenOnder(body: string, kop: string): string[] {
  return (eersteLijstOnder(leesMarkdown(body, 'mdx'), kop) ?? []).map((li) => tekstVan(li).replace(/\s+/g, ' ').trim());
}
