import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/check.ts';
import { AstroError } from 'astro/errors';
import { formatReport } from '../lib/problems.ts';
import { contentDir } from '../lib/paths.ts';

/**
 * Runs the full content check before Astro loads any content, so that a build
 * with bad content stops with one report listing every problem (Astro itself
 * stops at the first schema error and only logs dangling references).
 */
export function integrity(): AstroIntegration {
  return {
    name: 'barrieremodel:integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const { entries, problemen } = checkContent(new URL(contentDir, config.root).pathname, root);
        if (problemen.length > 0) {
          throw new AstroError(formatReport(problemen), 'Los deze problemen op in de inhoud; `npm run check` toont hetzelfde overzicht zonder te bouwen.');
        }
        logger.info(`Inhoudscontrole: ${entries.length} bestanden in orde`);
      },
    },
  };
}
