/**
 * The baseline for the build-cost benchmark (issue 15, part 8): a bare Astro
 * + MDX + Pagefind site with one page per entry of the same content folders
 * (national fixture plus the synthetic edition), and nothing else: no check,
 * no graph, no overviews, no offline manifest. Written into a temporary
 * folder that borrows this repository's node_modules.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, EXTENSIES } from '../../src/lib/model.ts';

/** Writes the bare project into `dir` and returns it; `bronnen` are content folders with one sub-folder per collection. */
export function kaleSite(dir: string, root: string, bronnen: string[]): string {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()], trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });
`,
  );
  // One glob loader per folder: the bare site keeps each content folder as a collection of its own.
  const collecties = COLLECTIONS.flatMap((c) => {
    const exts = EXTENSIES[c].map((e) => e.slice(1));
    const ext = exts.length === 1 ? exts[0] : `{${exts.join(',')}}`;
    return bronnen.map(
      (b, i) => `  ${c}${i}: defineCollection({ loader: glob({ pattern: '*.${ext}', base: ${JSON.stringify(`${b}/${c}`)} }) }),`,
    );
  }).join('\n');
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
${collecties}
};
`,
  );
  writeFileSync(join(dir, 'src/Leeg.astro'), '<span></span>\n');
  writeFileSync(
    join(dir, 'src/pages/[...pad].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Leeg from '../Leeg.astro';
export async function getStaticPaths() {
  const namen = ${JSON.stringify(COLLECTIONS.flatMap((c) => bronnen.map((_, i) => `${c}${i}`)))};
  const lijsten = await Promise.all(namen.map((n) => getCollection(n)));
  return lijsten.flat().map((entry) => ({ params: { pad: \`\${entry.collection.replace(/\\d+$/, '')}/\${entry.id}\` }, props: { entry } }));
}
const { entry } = Astro.props;
const titel = entry.data.titel ?? entry.data.naam ?? entry.data.term ?? entry.data.tekst ?? entry.id;
const { Content } = entry.body !== undefined ? await render(entry) : { Content: undefined };
---
<html lang="nl"><head><meta charset="utf-8"><title>{titel}</title></head>
<body><main data-pagefind-body><h1>{titel}</h1>{Content ? <Content components={{ WieIsAanZet: Leeg }} /> : <p>{JSON.stringify(entry.data)}</p>}</main></body></html>
`,
  );
  return dir;
}
