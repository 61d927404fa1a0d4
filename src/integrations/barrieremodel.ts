import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareContent } from '../lib/prepare.ts';
import { bewaarBron, bronSleutel } from './atomic.ts';
import { formatReport } from '../lib/problems.ts';
import type { Editie } from '../lib/edition.ts';

const VIRTUAL = 'virtual:barrieremodel/editie';
const THEMA = 'virtual:barrieremodel/thema.css';

/** What pages get to know about the edition (virtual:barrieremodel/editie). */
export interface EditieInfo {
  config?: Editie;
  logo?: string;
  verborgen: { collection: string; id: string; reden: string }[];
  vervangen: { collection: string; id: string }[];
}

/**
 * The build's first step. Checks all content (national, or national plus an
 * edition's local content) and stops the build with one report listing every
 * problem; Astro itself would stop at the first schema error and only log a
 * dangling reference. With an edition, it writes the merged content for Astro
 * to load and hands the edition's settings, theme and logo to the pages.
 */
export function barrieremodel(): AstroIntegration {
  return {
    name: 'barrieremodel',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const editieDir = process.env.BARRIEREMODEL_EDITIE || undefined;
        const contentDir = process.env.BARRIEREMODEL_CONTENT ? resolve(root, process.env.BARRIEREMODEL_CONTENT) : undefined;
        // The merged content of an edition, in a folder of its own per content source.
        const bronnen = [contentDir ?? join(root, 'content'), editieDir && resolve(root, editieDir)];
        const samengevoegdDir = join(root, '.barrieremodel', `inhoud-${bronSleutel(...bronnen)}`, 'content');
        if (editieDir && command !== 'preview') bewaarBron(join(samengevoegdDir, '..'), bronnen);
        const v = prepareContent({ root, contentDir, editieDir, samengevoegdDir, schrijf: command !== 'preview' });
        if (v.problemen.length > 0 && command !== 'preview') {
          throw new AstroError(
            formatReport(v.problemen),
            'Los deze problemen op in de inhoud; `npm run check` toont hetzelfde overzicht zonder te bouwen.',
          );
        }
        process.env.BARRIEREMODEL_CONTENT_GEBRUIKT = v.contentDir;
        if (v.editie && existsSync(join(v.editie.dir, 'lokaal'))) process.env.BARRIEREMODEL_LOKAAL_DIR = join(v.editie.dir, 'lokaal');
        else delete process.env.BARRIEREMODEL_LOKAAL_DIR;
        logger.info(`Inhoudscontrole: ${v.entries.length} bestanden in orde${v.editie ? ` (editie: ${v.editie.config.naam})` : ''}`);
        for (const h of v.samenvoeging?.verborgen ?? []) logger.info(`verborgen in deze editie: ${h.collection}/${h.id} (${h.reden})`);
        for (const h of v.samenvoeging?.vervangen ?? []) logger.info(`lokaal vervangen: ${h.collection}/${h.id} door ${h.bestand}`);

        const leeg = fileURLToPath(new URL('../styles/thema-leeg.css', import.meta.url));
        const themaPad = v.editie?.themaPad ?? leeg;
        const logoPad = v.editie?.logoPad;
        const info: Omit<EditieInfo, 'logo'> = {
          config: v.editie?.config,
          verborgen: v.samenvoeging?.verborgen ?? [],
          vervangen: (v.samenvoeging?.vervangen ?? []).map(({ collection, id }) => ({ collection, id })),
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'barrieremodel:editie',
                resolveId(id) {
                  if (id === VIRTUAL) return `\0${VIRTUAL}`;
                  if (id === THEMA) return themaPad;
                  return undefined;
                },
                load(id) {
                  if (id !== `\0${VIRTUAL}`) return undefined;
                  const logo = logoPad ? `import logo from ${JSON.stringify(`${logoPad}?url`)};` : 'const logo = undefined;';
                  return `${logo}\nexport default { ...${JSON.stringify(info)}, logo };`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
