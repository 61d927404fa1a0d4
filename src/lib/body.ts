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
 * The items of the first list under the level-2 heading `kop`, as plain text.
 * Only that section is parsed: this runs for every signal page.
 */
export function stappenOnder(body: string, kop: string): string[] {
  const begin = body.search(new RegExp(`^## +${kop.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} *$`, 'm'));
  if (begin === -1) return [];
  const rest = body.slice(begin);
  const volgende = rest.slice(3).search(/^## /m);
  const sectie = volgende === -1 ? rest : rest.slice(0, volgende + 3);
  const top = (mdxParser.parse(sectie) as MdNode).children ?? [];
  const start = top.findIndex((n) => n.type === 'heading' && n.depth === 2 && tekstVan(n).trim() === kop);
  if (start === -1) return [];
  for (const n of top.slice(start + 1)) {
    if (n.type === 'heading' && (n.depth ?? 9) <= 2) break;
    if (n.type === 'list') return (n.children ?? []).map((li) => tekstVan(li).replace(/\s+/g, ' ').trim());
  }
  return [];
}
