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
import type { CollectionName } from './lib/model.ts';
import { createSchemas, type RefSchema } from './lib/schema.ts';
import type { Ref } from './lib/refs.ts';
import { inhoudLoader, lokaalLoader } from './loaders/inhoud.ts';

// The declared type keeps references typed without a cycle (reference()'s own type depends on these schemas).
const schemas = createSchemas((collection): RefSchema<Ref> => reference(collection));

/** A collection loaded from its national and local folders, checked by its schema (whose type gives the entries' data type). */
function collection<S extends z.ZodType>(name: CollectionName, schema: S) {
  return defineCollection({ loader: inhoudLoader(name, bronnen), schema });
}

export const collections = {
  signalen: collection('signalen', schemas.signalen),
  interventies: collection('interventies', schemas.interventies),
  organisaties: collection('organisaties', schemas.organisaties),
  themas: collection('themas', schemas.themas),
  kaders: collection('kaders', schemas.kaders),
  bronnen: collection('bronnen', schemas.bronnen),
  casussen: collection('casussen', schemas.casussen),
  begrippen: collection('begrippen', schemas.begrippen),
  observaties: collection('observaties', schemas.observaties),
  lokaal: defineCollection({ loader: lokaalLoader(bronnen), schema: z.object({ signaal: z.string() }) }),
};
