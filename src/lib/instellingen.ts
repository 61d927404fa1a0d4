/**
 * The settings of a build, check or preview, read in exactly one place.
 *
 * Two sources, in this order of precedence:
 * 1. environment variables (BARRIEREMODEL_EDITIE, _CONTENT, _OUTDIR, _BASE,
 *    _SITE): for one command, and for the tests;
 * 2. `instellingen.yaml` at the repository root: the lasting choice of a
 *    municipality (`editie: ../mijn-editie`), so that `npm run build`,
 *    `npm run preview`, `npm start` and `npm run check` all agree without
 *    repeating it.
 *
 * `base` and `site` may also come from the edition's editie.yaml; a variable
 * or instellingen.yaml wins over it. The national site is simply the default
 * edition: `editie` is then the national one (see NATIONALE_EDITIE).
 *
 * This is the only module in src/ that reads process.env.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { leesTekst, leesYaml } from './content-files.ts';
import { loadEditie, type Editie, type GeladenEditie } from './editie.ts';
import { schemaProblemen, type Probleem } from './problems.ts';
import { nl } from '../i18n/nl.ts';

export const INSTELLINGEN_BESTAND = 'instellingen.yaml';
/** A settings file elsewhere than the repository root (for tests, or a server with several editions). */
export const INSTELLINGEN_VARIABELE = 'BARRIEREMODEL_INSTELLINGEN';

/** The variables that may be set in the environment, with what each sets. */
export const OMGEVING = {
  BARRIEREMODEL_EDITIE: 'editie',
  BARRIEREMODEL_CONTENT: 'inhoud',
  BARRIEREMODEL_OUTDIR: 'uitvoer',
  BARRIEREMODEL_BASE: 'base',
  BARRIEREMODEL_SITE: 'site',
} as const;

const base = z.string().regex(/^\/([a-z0-9._-]+\/)*$/i, 'Begin en eindig met "/", bijv. "/barrieremodel/"');
const map = z.string().trim().min(1, 'Noem een map');

const bestandSchema = z.strictObject({
  /** The edition folder, relative to the repository root or absolute. */
  editie: map.optional(),
  /** The national content folder (default: content). */
  inhoud: map.optional(),
  /** Where the site is written (default: dist). */
  uitvoer: map.optional(),
  /** The sub-path the site is served under. */
  base: base.optional(),
  /** The full URL of the site. */
  site: z
    .url({ protocol: /^https?$/, error: 'Schrijf een volledige URL, bijv. "https://www.gemeente.nl/barrieremodel/"' })
    .optional(),
});
type Keuzes = z.output<typeof bestandSchema>;

/** The national site as an edition: what pages show when no edition is chosen. */
export const NATIONALE_EDITIE = { naam: nl.site.naam, organisatie: nl.site.uitgever } as const;

export interface Instellingen {
  root: string;
  /** The national content folder (absolute). */
  contentDir: string;
  /** Where the site is written (absolute). */
  outDir: string;
  base: string;
  site?: string;
  /** The chosen edition, loaded and checked once; undefined for the national site. */
  editie?: GeladenEditie;
  /** Where each setting came from, for messages ("omgeving", "instellingen.yaml", "editie.yaml", "standaard"). */
  herkomst: Record<'editie' | 'inhoud' | 'uitvoer' | 'base' | 'site', string>;
  /** Problems in the settings or the edition; a build or check stops on them. */
  problemen: Probleem[];
}

const zodNl = z.locales.nl();
const toon = (root: string, p: string) => relative(root, p).split(sep).join('/') || '.';

/**
 * Reads the settings file, if there is one. Relative paths in it count from
 * the folder the file is in.
 */
function leesBestand(root: string, gekozen: string | undefined): { keuzes: Keuzes; problemen: Probleem[]; bestand: string } {
  const pad = gekozen ? resolve(root, gekozen) : join(root, INSTELLINGEN_BESTAND);
  const bestand = toon(root, pad);
  const map = dirname(pad);
  if (!existsSync(pad)) {
    return {
      keuzes: {},
      bestand,
      problemen: gekozen
        ? [{ bestand, melding: `Het instellingenbestand bestaat niet (gekozen via ${INSTELLINGEN_VARIABELE})` }]
        : [],
    };
  }
  const { text, probleem } = leesTekst(pad, bestand);
  if (probleem) return { keuzes: {}, bestand, problemen: [probleem] };
  const yaml = leesYaml(text!.replace(/^\uFEFF/, ''), bestand, 0);
  if (yaml.problemen.length) return { keuzes: {}, bestand, problemen: yaml.problemen };
  const parsed = bestandSchema.safeParse(yaml.data ?? {}, { error: zodNl.localeError });
  if (!parsed.success) return { keuzes: {}, bestand, problemen: schemaProblemen(bestand, parsed.error.issues) };
  const k = parsed.data;
  const abs = (p: string | undefined) => p && (isAbsolute(p) ? p : resolve(map, p));
  return { keuzes: { ...k, editie: abs(k.editie), inhoud: abs(k.inhoud), uitvoer: abs(k.uitvoer) }, bestand, problemen: [] };
}

/** Reads the environment variables that are set (an empty value counts as not set). */
function leesOmgeving(env: Record<string, string | undefined>): { keuzes: Keuzes; problemen: Probleem[] } {
  const ruw = Object.fromEntries(
    Object.entries(OMGEVING).flatMap(([naam, sleutel]) => (env[naam] ? [[sleutel, env[naam]]] : [])),
  );
  const parsed = bestandSchema.safeParse(ruw, { error: zodNl.localeError });
  if (parsed.success) return { keuzes: parsed.data, problemen: [] };
  const naamVan = Object.fromEntries(Object.entries(OMGEVING).map(([naam, sleutel]) => [sleutel, naam]));
  return {
    keuzes: {},
    problemen: schemaProblemen('omgevingsvariabelen', parsed.error.issues).map((p) => ({
      ...p,
      veld: p.veld && (naamVan[p.veld] ?? p.veld),
    })),
  };
}

/**
 * All settings, validated once. `env` defaults to the process environment;
 * the tests pass their own.
 */
export function leesInstellingen(root: string, env: Record<string, string | undefined> = process.env): Instellingen {
  const bestand = leesBestand(root, env[INSTELLINGEN_VARIABELE] || undefined);
  const omgeving = leesOmgeving(env);
  const problemen = [...bestand.problemen, ...omgeving.problemen];
  const kies = <K extends keyof Keuzes>(k: K): [Keuzes[K], string] =>
    omgeving.keuzes[k] !== undefined
      ? [omgeving.keuzes[k], 'omgeving']
      : bestand.keuzes[k] !== undefined
        ? [bestand.keuzes[k], bestand.bestand]
        : [undefined, 'standaard'];
  const pad = (p: string) => (isAbsolute(p) ? p : resolve(root, p));

  const [editieDir, editieHerkomst] = kies('editie');
  let editie: GeladenEditie | undefined;
  if (editieDir) {
    const geladen = loadEditie(pad(editieDir), root);
    problemen.push(
      ...geladen.problemen.map((p) =>
        p.bestand === toon(root, join(pad(editieDir), 'editie.yaml')) && !geladen.editie
          ? {
              ...p,
              melding: `${p.melding} (gekozen via ${editieHerkomst === 'omgeving' ? 'BARRIEREMODEL_EDITIE' : editieHerkomst})`,
            }
          : p,
      ),
    );
    editie = geladen.editie;
  }
  const [inhoud, inhoudHerkomst] = kies('inhoud');
  const [uitvoer, uitvoerHerkomst] = kies('uitvoer');
  let [gekozenBase, baseHerkomst] = kies('base');
  let [site, siteHerkomst] = kies('site');
  if (gekozenBase === undefined && editie?.config.base && editie.config.base !== '/')
    [gekozenBase, baseHerkomst] = [editie.config.base, 'editie.yaml'];
  if (site === undefined && editie?.config.site) [site, siteHerkomst] = [editie.config.site, 'editie.yaml'];
  return {
    root,
    contentDir: pad(inhoud ?? 'content'),
    outDir: pad(uitvoer ?? 'dist'),
    base: gekozenBase ?? '/',
    site,
    editie,
    herkomst: {
      editie: editieHerkomst,
      inhoud: inhoudHerkomst,
      uitvoer: uitvoerHerkomst,
      base: baseHerkomst,
      site: siteHerkomst,
    },
    problemen,
  };
}

/** What pages know about the edition: the national site is the default edition. */
export function editieNaam(config: Pick<Editie, 'naam' | 'organisatie'> | undefined): { naam: string; organisatie: string } {
  return config ? { naam: config.naam, organisatie: config.organisatie } : { ...NATIONALE_EDITIE };
}
