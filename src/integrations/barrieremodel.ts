import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareContent } from '../lib/prepare.ts';
import { bewaarYamlCache, laadYamlCache } from '../lib/content-files.ts';
import { formatReport } from '../lib/problems.ts';
import { editieNaam, type Instellingen } from '../lib/instellingen.ts';
import { weggelaten, type Editie } from '../lib/editie.ts';
import type { Inhoudsbronnen } from '../loaders/inhoud.ts';

const EDITIE = 'virtual:barrieremodel/editie';
const INHOUD = 'virtual:barrieremodel/inhoud';
const THEMA = 'virtual:barrieremodel/thema.css';
/** The file in Astro's cache folder where the content check keeps its YAML results for the next build. */
export const YAML_CACHE = 'barrieremodel-yaml.bin';

/**
 * What pages get to know about the edition (virtual:barrieremodel/editie).
 * The national site is the default edition: `naam` and `organisatie` are
 * always there; `config` only when a local edition is chosen.
 */
export interface EditieInfo {
  naam: string;
  organisatie: string;
  config?: Editie;
  logo?: string;
  contacten: Editie['contacten'];
  koppelingen: Editie['koppelingen'];
  verborgen: { collection: string; id: string; reden: string }[];
  vervangen: { collection: string; id: string }[];
}

/**
 * The build's first step. Checks all content (national, or national plus an
 * edition's local content) and stops the build with one report listing every
 * problem; Astro itself would stop at the first schema error and only log a
 * dangling reference. Hands the content folders to the loaders and the
 * edition's settings, theme and logo to the pages, as virtual modules.
 * Receives the settings from astro.config.mjs; reads no environment itself.
 */
export function barrieremodel(instellingen: Instellingen): AstroIntegration {
  return {
    name: 'barrieremodel',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        // `astro preview` serves the folder a build wrote and renders nothing: no content to check or load.
        if (command === 'preview') return;
        const { editie } = instellingen;
        // Frontmatter read by the previous build is not parsed again (see laadYamlCache): in Astro's cache folder.
        const yamlCache = join(fileURLToPath(config.cacheDir), YAML_CACHE);
        const uitCache = laadYamlCache(yamlCache);
        const v = prepareContent({ root: instellingen.root, contentDir: instellingen.contentDir, editie });
        bewaarYamlCache(yamlCache);
        if (uitCache > 0) logger.debug(`${uitCache} YAML-resultaten uit de vorige bouw (${yamlCache})`);
        const problemen = [...instellingen.problemen, ...v.problemen];
        if (problemen.length > 0) {
          throw new AstroError(
            formatReport(problemen),
            'Los deze problemen op; `npm run check` toont hetzelfde overzicht zonder te bouwen.',
          );
        }
        logger.info(`Inhoudscontrole: ${v.entries.length} bestanden in orde${editie ? ` (editie: ${editie.config.naam})` : ''}`);
        for (const h of v.samenvoeging.verborgen) logger.info(`verborgen in deze editie: ${h.collection}/${h.id} (${h.reden})`);
        for (const h of v.samenvoeging.vervangen) logger.info(`lokaal vervangen: ${h.collection}/${h.id} door ${h.bestand}`);

        const bronnen: Inhoudsbronnen = {
          nationaal: instellingen.contentDir,
          lokaal: editie && existsSync(join(editie.dir, 'content')) ? join(editie.dir, 'content') : undefined,
          lokaalBlokken: editie && existsSync(join(editie.dir, 'lokaal')) ? join(editie.dir, 'lokaal') : undefined,
          weglaten: editie ? weggelaten(editie.config) : [],
        };
        const leeg = fileURLToPath(new URL('../styles/thema-leeg.css', import.meta.url));
        const themaPad = editie?.themaPad ?? leeg;
        const logoPad = editie?.logoPad;
        const info: Omit<EditieInfo, 'logo'> = {
          ...editieNaam(editie?.config),
          config: editie?.config,
          contacten: editie?.config.contacten ?? {},
          koppelingen: editie?.config.koppelingen ?? [],
          verborgen: v.samenvoeging.verborgen,
          vervangen: v.samenvoeging.vervangen.map(({ collection, id }) => ({ collection, id })),
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'barrieremodel:editie',
                resolveId(id) {
                  if (id === EDITIE || id === INHOUD) return `\0${id}`;
                  if (id === THEMA) return themaPad;
                  return undefined;
                },
                load(id) {
                  if (id === `\0${INHOUD}`) return `export default ${JSON.stringify(bronnen)};`;
                  if (id !== `\0${EDITIE}`) return undefined;
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
