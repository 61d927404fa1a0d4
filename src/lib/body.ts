/**
 * Reading an entry's Markdown/MDX body: its outline, and the steps under a
 * heading (used for the "Eerste stap" box at the top of a signal page).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';

export interface MdNode {
  type: string;
  depth?: number;
  ordered?: boolean;
  value?: string;
  name?: string | null;
  position?: { start: { line: number } };
  children?: MdNode[];
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);
const markdownParser = unified().use(remarkParse);

/**
 * Parsed trees by text, shared by every reader in one process: the content
 * check parses each body once, and the pages that read its sections later
 * (steps, case sections, slides) get the same tree instead of parsing again.
 * Kept on globalThis because the check (run by the integration) and the
 * pages (bundled by Vite) load this module separately. Trees are read-only:
 * a reader that changes a tree works on a copy.
 */
const gedeeld = ((globalThis as { [k: symbol]: Map<string, MdNode> })[Symbol.for('barrieremodel.mdast')] ??= new Map());

/** The syntax tree of a Markdown (or, with `mdx`, MDX) text; throws on text that cannot be parsed. */
export function leesMarkdown(text: string, soort: 'md' | 'mdx' = 'md'): MdNode {
  const sleutel = `${soort}\0${text}`;
  let tree = gedeeld.get(sleutel);
  if (!tree) {
    tree = (soort === 'mdx' ? mdxParser : markdownParser).parse(text) as MdNode;
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
