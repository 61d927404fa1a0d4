/**
 * A hast plugin for Astro's Markdown processor (Sätteri): every phone number
 * in running text ("bel Veilig Thuis op 0800-2000") becomes a call link that
 * dials exactly that number and does not break across lines. Text already
 * inside a link is left alone.
 */
import { defineHastPlugin, type HastContent } from 'satteri';
import { telefoonDelen } from './telefoon.ts';

export const telefoonLinks = defineHastPlugin({
  name: 'barrieremodel-telefoon',
  text(node, ctx) {
    for (let p: ReturnType<typeof ctx.parent> = ctx.parent(node); p; p = ctx.parent(p))
      if (p.type === 'element' && p.tagName === 'a') return;
    const delen = telefoonDelen(node.value);
    if (!delen.some((d) => d.uri)) return;
    ctx.replaceNode(
      node,
      delen.map((d): HastContent =>
        d.uri
          ? {
              type: 'element',
              tagName: 'a',
              properties: { href: d.uri, className: ['tel'] },
              children: [{ type: 'text', value: d.tekst }],
            }
          : { type: 'text', value: d.tekst },
      ),
    );
  },
});
