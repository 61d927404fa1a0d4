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

export const mdxParser = unified().use(remarkParse).use(remarkMdx);
export const markdownParser = unified().use(remarkParse);

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
 * The items of the first list under the level-2 heading `kop`, as plain text.
 * Only that section is parsed: this runs for every signal page.
 */
export function stappenOnder(body: string, kop: string): string[] {
  for (const n of (mdxParser.parse(sectieTekst(body, kop)) as MdNode).children ?? []) {
    if (n.type === 'list') return (n.children ?? []).map((li) => tekstVan(li).replace(/\s+/g, ' ').trim());
  }
  return [];
}
