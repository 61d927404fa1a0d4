import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

/**
 * Indexes the built site with Pagefind as the last step of `astro build`.
 * Any Pagefind error fails the build; a site without indexed pages fails too.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'barrieremodel:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fail = (stap: string, errors: string[]) => {
          throw new Error(`Pagefind (${stap}) mislukt:\n${errors.join('\n')}`);
        };
        const start = performance.now();
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'nl' });
          if (errors.length || !index) fail('index maken', errors);
          const added = await index!.addDirectory({ path: outDir });
          if (added.errors.length) fail('pagina’s lezen', added.errors);
          if (added.page_count === 0) fail('pagina’s lezen', ['geen enkele pagina geïndexeerd']);
          const written = await index!.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) fail('bestanden schrijven', written.errors);
          logger.info(`${added.page_count} pagina’s geïndexeerd in ${Math.round(performance.now() - start)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
