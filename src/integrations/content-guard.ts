/**
 * The second wall: whatever the content check (src/lib/body-safety.ts) let
 * through, the Markdown/MDX renderer (satteri, Astro's default) turns into
 * harmless text. Raw HTML becomes visible text, import/export and {…}
 * expressions are dropped, components lose attributes and content, other
 * JSX elements become text, and unsafe link targets are removed. The check
 * is the first wall and refuses all of these with file and line; this only
 * matters if the two parsers ever read a file differently.
 */
import { defineMdastPlugin } from 'satteri';
import { veiligeAfbeelding, veiligeUrl } from '../lib/body-safety.ts';
import { COMPONENTEN } from '../lib/model.ts';

const toegestaan = new Set(Object.values(COMPONENTEN).flat());
const tekst = (value: string) => ({ type: 'text' as const, value });

export const contentGuard = defineMdastPlugin({
  name: 'barrieremodel:content-guard',
  html: (node, ctx) => ctx.replaceNode(node, tekst(node.value)),
  mdxjsEsm: (node, ctx) => ctx.removeNode(node),
  mdxFlowExpression: (node, ctx) => ctx.removeNode(node),
  mdxTextExpression: (node, ctx) => ctx.removeNode(node),
  mdxJsxFlowElement: (node, ctx) => {
    if (!node.name || !toegestaan.has(node.name))
      return ctx.replaceNode(node, { type: 'paragraph', children: [tekst(`<${node.name ?? ''} />`)] });
    if (node.attributes.length || node.children.length) {
      ctx.replaceNode(node, { type: 'mdxJsxFlowElement', name: node.name, attributes: [], children: [] });
    }
  },
  mdxJsxTextElement: (node, ctx) => ctx.replaceNode(node, tekst(`<${node.name ?? ''} />`)),
  link: (node, ctx) => {
    if (!veiligeUrl(node.url)) ctx.setProperty(node, 'url', '');
  },
  image: (node, ctx) => {
    if (!veiligeAfbeelding(node.url)) ctx.removeNode(node);
  },
  // Content has no use for reference-style images; their target may lie elsewhere.
  imageReference: (node, ctx) => ctx.removeNode(node),
  definition: (node, ctx) => {
    if (!veiligeUrl(node.url)) ctx.setProperty(node, 'url', '');
  },
});
