/**
 * The content model: every collection of the barrier model, declared in one
 * place. The schemas themselves live in src/lib/schema.ts so that the
 * integrity check (npm run check, and the build's first step) validates with
 * exactly the same rules; here they get Astro's reference() for links.
 */
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXTENSIES, type CollectionName } from './lib/model.ts';
import { createSchemas, type RefSchema } from './lib/schema.ts';
import type { Ref } from './lib/refs.ts';
import { idFromPath } from './lib/content-files.ts';
import { contentDir, lokaalDir } from './lib/paths.ts';

// The declared type keeps references typed without a cycle (reference()'s own type depends on these schemas).
const schemas = createSchemas((collection): RefSchema<Ref> => reference(collection));

/** A collection loaded from content/<name>/, checked by its schema (whose type gives the entries' data type). */
function collection<S extends z.ZodType>(name: CollectionName, schema: S) {
  const exts = EXTENSIES[name].map((e) => e.slice(1));
  return defineCollection({
    loader: glob({
      pattern: exts.length === 1 ? `*.${exts[0]}` : `*.{${exts.join(',')}}`,
      base: `${contentDir()}/${name}`,
      generateId: ({ entry }) => idFromPath(entry),
    }),
    schema,
  });
}

/**
 * "In onze gemeente": an edition's local Markdown block per signal
 * (lokaal/<signaal-id>.md). Empty for the national edition.
 */
function lokaalLoader(): Loader {
  return {
    name: 'barrieremodel:lokaal',
    load: async ({ store, renderMarkdown, generateDigest }) => {
      store.clear();
      const dir = lokaalDir();
      if (!dir || !existsSync(dir)) return;
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
        const filePath = join(dir, name);
        const body = readFileSync(filePath, 'utf8');
        const id = idFromPath(name);
        store.set({ id, data: { signaal: id }, body, filePath: relative(process.cwd(), filePath), digest: generateDigest(body), rendered: await renderMarkdown(body) });
      }
    },
  };
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
  lokaal: defineCollection({ loader: lokaalLoader(), schema: z.object({ signaal: z.string() }) }),
};
