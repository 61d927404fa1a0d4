/**
 * The content model: every collection of the barrier model, declared in one
 * place. The schemas themselves live in src/lib/schema.ts so that the
 * integrity check (npm run check, and the build's first step) validates with
 * exactly the same rules; here they get Astro's reference() for links.
 *
 * Where the content comes from (the national folder, and an edition's own
 * folders) is decided once, by the settings (src/lib/instellingen.ts), and
 * handed over by the barrieremodel integration as virtual:barrieremodel/inhoud.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import bronnen from 'virtual:barrieremodel/inhoud';
import { COLLECTIONS, type CollectionName } from './lib/model.ts';
import { createSchemas } from './lib/schema.ts';
import { inhoudLoader, lokaalLoader } from './loaders/inhoud.ts';

const schemas = createSchemas((collection) => reference(collection));

function collection<C extends CollectionName>(name: C) {
  return defineCollection({ loader: inhoudLoader(name, bronnen), schema: schemas[name] });
}

export const collections = {
  ...(Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
    [C in CollectionName]: ReturnType<typeof collection<C>>;
  }),
  lokaal: defineCollection({ loader: lokaalLoader(bronnen), schema: z.object({ signaal: z.string() }) }),
};
