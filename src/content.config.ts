/**
 * The content model: every collection of the barrier model, declared in one
 * place. The schemas themselves live in src/lib/schema.ts so that the
 * integrity check (npm run check, and the build's first step) validates with
 * exactly the same rules; here they get Astro's reference() for links.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, EXTENSIES, type CollectionName } from './lib/model.ts';
import { createSchemas } from './lib/schema.ts';
import { idFromPath } from './lib/content-files.ts';
import { contentDir } from './lib/paths.ts';

const schemas = createSchemas((collection) => reference(collection));

function collection<C extends CollectionName>(name: C) {
  const exts = EXTENSIES[name].map((e) => e.slice(1));
  return defineCollection({
    loader: glob({
      pattern: exts.length === 1 ? `*.${exts[0]}` : `*.{${exts.join(',')}}`,
      base: `${contentDir}/${name}`,
      generateId: ({ entry }) => idFromPath(entry),
    }),
    schema: schemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
  [C in CollectionName]: ReturnType<typeof collection<C>>;
};
