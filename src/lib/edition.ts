/**
 * Local editions: a municipality's (or region's) own copy of the barrier
 * model, chosen at build time with BARRIEREMODEL_EDITIE=<folder>. The folder
 * holds editie.yaml (validated here), optional local content in content/
 * (same layout as the national content/), optional "In onze gemeente" blocks
 * in lokaal/<signaal-id>.md, a theme CSS file and a logo.
 *
 * Pure apart from reading files; no Astro imports.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { leesTekst, leesYaml, walkVeilig } from './content-files.ts';
import { ONZICHTBAAR, onzichtbaarMelding } from './tekens.ts';
import { checkThema } from './theme.ts';
import { checkLogo } from './logo.ts';
import { COLLECTIONS, FASEN, ID_PATROON, type CollectionName } from './model.ts';
import { schemaProblemen, type Probleem } from './problems.ts';
import { findRefs } from './integrity.ts';
import { telefoonSchema } from './telefoon.ts';
import { contactSchema } from './schema.ts';

export const EDITIE_BESTAND = 'editie.yaml';

const tekst = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !ONZICHTBAAR.test(s), { error: (i) => onzichtbaarMelding(String(i.input)) });
const url = z.url({ protocol: /^https?$/ });
const entryRef = z
  .string()
  .regex(
    new RegExp(`^(${COLLECTIONS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`),
    `Schrijf als "collectie/id", bijv. "interventies/protocol-x"; collecties: ${COLLECTIONS.join(', ')}`,
  );


export const editieSchema = z.strictObject({
  /** Name of this edition, shown in the header, e.g. "Barrièremodel Duinwijk". */
  naam: tekst,
  /** The organisation that publishes it, e.g. "Gemeente Duinwijk". */
  organisatie: tekst,
  /** Logo file, relative to the edition folder (SVG or PNG). */
  logo: tekst.optional(),
  /** Text alternative for the logo; required with a logo. */
  logoAlt: tekst.optional(),
  /** Full URL of the site, e.g. https://www.duinwijk.example/barrieremodel/ */
  site: url.optional(),
  /** Sub-path the site is served under, e.g. /barrieremodel/ */
  base: z.string().regex(/^\/([a-z0-9._-]+\/)*$/i, 'Begin en eindig met "/", bijv. "/barrieremodel/"').default('/'),
  /** Who to contact with questions about this edition. */
  contact: z.strictObject({ email: z.email(), telefoon: telefoonSchema.optional(), naam: tekst.optional() }),
  /** For the accessibility statement (toegankelijkheidsverklaring). */
  toegankelijkheid: z.strictObject({
    status: z.enum(['voldoet volledig', 'voldoet gedeeltelijk', 'eerste maatregelen genomen', 'voldoet niet']),
    datum: z.preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Schrijf een datum als JJJJ-MM-DD', abort: true })
        .refine((s) => new Date(`${s}T00:00:00Z`).toISOString?.().slice(0, 10) === s, 'Geen bestaande datum'),
    ),
    email: z.email(),
    toelichting: tekst.optional(),
  }),
  /** Theme: a CSS file (relative to the edition folder) that sets the --bm-… tokens. */
  thema: tekst.optional(),
  /** National entries this edition does not show, each with a reason. */
  verbergen: z.array(z.strictObject({ entry: entryRef, reden: tekst })).default([]),
  /** National entries that a local entry with the same id deliberately replaces. */
  vervangt: z.array(entryRef).default([]),
  /** Local contact details per organisation id. */
  contacten: z.record(z.string(), contactSchema).default({}),
  /** Extra links from a (national) signal to a (local) intervention, per phase. */
  koppelingen: z
    .array(
      z.strictObject({
        signaal: z.string().regex(ID_PATROON),
        interventie: z.string().regex(ID_PATROON),
        fase: z.enum(FASEN),
        organisaties: z.array(z.string().regex(ID_PATROON)).optional(),
        toelichting: tekst.optional(),
      }),
    )
    .default([]),
});
export type Editie = z.output<typeof editieSchema>;

export interface GeladenEditie {
  dir: string;
  config: Editie;
  /** Absolute paths of the theme and logo, if any. */
  themaPad?: string;
  logoPad?: string;
}

const nl = z.locales.nl();

/** Loads and validates an edition folder; problems name the file and field. */
export function loadEditie(dir: string, cwd = process.cwd()): { editie?: GeladenEditie; problemen: Probleem[] } {
  const abs = isAbsolute(dir) ? dir : join(cwd, dir);
  const bestand = relative(cwd, join(abs, EDITIE_BESTAND)).split(sep).join('/');
  if (!existsSync(join(abs, EDITIE_BESTAND)) && !isLink(join(abs, EDITIE_BESTAND))) {
    return { problemen: [{ bestand, melding: `Geen ${EDITIE_BESTAND} gevonden in de editiemap ${dir}` }] };
  }
  const { text, probleem } = leesTekst(join(abs, EDITIE_BESTAND), bestand);
  if (probleem) return { problemen: [probleem] };
  const yaml = leesYaml(text!.replace(/^\uFEFF/, ''), bestand, 0);
  if (yaml.problemen.length) return { problemen: yaml.problemen };
  const parsed = editieSchema.safeParse(yaml.data ?? {}, { error: nl.localeError });
  if (!parsed.success) {
    return {
      problemen: schemaProblemen(bestand, parsed.error.issues),
    };
  }
  const config = parsed.data;
  const problemen: Probleem[] = [];
  const pad = (veld: 'thema' | 'logo') => {
    const waarde = config[veld];
    if (!waarde) return undefined;
    const binnen = binnenMap(abs, waarde);
    if (typeof binnen !== 'string') {
      problemen.push({ bestand, veld, melding: binnen.melding.replace('{map}', dir) });
      return undefined;
    }
    return binnen;
  };
  // content/ and lokaal/ are walked (and their links reported) when they are read.
  const rel = (p: string) => relative(cwd, p).split(sep).join('/');
  const eigen = (p: string) => !p.startsWith(`${join(abs, 'content')}${sep}`) && !p.startsWith(`${join(abs, 'lokaal')}${sep}`);
  const links = walkVeilig(abs, (p) => p);
  problemen.push(...links.problemen.filter((x) => eigen(x.bestand)).map((x) => ({ ...x, bestand: rel(x.bestand) })));
  const themaPad = pad('thema');
  const logoPad = pad('logo');
  if (themaPad) {
    const themaBestand = relative(cwd, themaPad).split(sep).join('/');
    const t = leesTekst(themaPad, themaBestand);
    if (t.probleem) problemen.push(t.probleem);
    else problemen.push(...checkThema(t.text!, themaBestand));
  }
  if (logoPad) problemen.push(...checkLogo(readFileSync(logoPad), extname(logoPad).toLowerCase(), bestand));
  if (config.logo && !config.logoAlt) {
    problemen.push({ bestand, veld: 'logoAlt', melding: 'Geef een tekstalternatief voor het logo (meestal de naam van de organisatie)' });
  }
  return { editie: { dir: abs, config, themaPad, logoPad }, problemen };
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Resolves a path from editie.yaml inside the edition folder, or says why
 * not: absolute paths, "..", backslashes and symbolic links (anywhere on the
 * way) are refused, so an edition can never reach a file outside its folder.
 */
export function binnenMap(map: string, waarde: string): string | { melding: string } {
  if (isAbsolute(waarde) || /^[a-z]:/i.test(waarde) || waarde.includes('\\')) {
    return { melding: `"${waarde}": schrijf een pad binnen de editiemap, zonder "/" of een schijfletter vooraan en zonder "\\"` };
  }
  const delen = waarde.split('/').filter((d) => d !== '' && d !== '.');
  if (delen.includes('..')) return { melding: `"${waarde}" wijst buiten de editiemap; ".." is niet toegestaan` };
  let p = map;
  for (const deel of delen) {
    p = join(p, deel);
    let st;
    try {
      st = lstatSync(p);
    } catch {
      return { melding: `Het bestand "${waarde}" bestaat niet in {map}` };
    }
    if (st.isSymbolicLink()) return { melding: `"${waarde}" is (of loopt via) een symbolische link; zet het bestand zelf in de editiemap` };
  }
  if (!lstatSync(p).isFile()) return { melding: `"${waarde}" is geen bestand` };
  return p;
}

interface Item {
  collection: CollectionName;
  id: string;
  bestand: string;
  data: unknown;
}

export interface Samenvoeging<E extends Item> {
  entries: E[];
  problemen: Probleem[];
  verborgen: { collection: CollectionName; id: string; reden: string }[];
  vervangen: { collection: CollectionName; id: string; bestand: string }[];
  /** Ids of signals that got extra links from the edition. */
  gekoppeld: string[];
}

/**
 * Merges national and local raw entries. A local entry with the id of a
 * national one fails the build (naming both files) unless the edition lists
 * it under `vervangt`; hidden entries are removed, but only if nothing that
 * stays still refers to them.
 */
export function mergeEditie<E extends Item>(
  nationaal: readonly E[],
  lokaal: readonly E[],
  config: Pick<Editie, 'verbergen' | 'vervangt' | 'koppelingen'>,
  editieBestand = EDITIE_BESTAND,
): Samenvoeging<E> {
  const sleutel = (e: { collection: string; id: string }) => `${e.collection}/${e.id}`;
  const problemen: Probleem[] = [];
  const nationaalIndex = new Map(nationaal.map((e) => [sleutel(e), e]));
  const lokaalSleutels = new Set(lokaal.map(sleutel));
  const vervangt = new Set(config.vervangt);
  const vervangen: Samenvoeging<E>['vervangen'] = [];

  for (const e of lokaal) {
    const n = nationaalIndex.get(sleutel(e));
    if (!n) continue;
    if (vervangt.has(sleutel(e))) {
      vervangen.push({ collection: e.collection, id: e.id, bestand: e.bestand });
    } else {
      problemen.push({
        bestand: e.bestand,
        veld: 'id',
        melding: `Heeft dezelfde id als het landelijke ${n.bestand}. Wil je dat vervangen, zet dan "${sleutel(e)}" onder "vervangt" in ${editieBestand}; anders: kies een andere bestandsnaam`,
      });
    }
  }
  config.vervangt.forEach((v, i) => {
    if (!nationaalIndex.has(v)) problemen.push({ bestand: editieBestand, veld: `vervangt.${i}`, melding: `"${v}" bestaat niet in de landelijke inhoud` });
    else if (!lokaalSleutels.has(v)) problemen.push({ bestand: editieBestand, veld: `vervangt.${i}`, melding: `Er is geen lokaal bestand dat "${v}" vervangt` });
  });

  const verbergen = new Map(config.verbergen.map((v) => [v.entry, v.reden]));
  config.verbergen.forEach((v, i) => {
    if (!nationaalIndex.has(v.entry)) {
      problemen.push({ bestand: editieBestand, veld: `verbergen.${i}.entry`, melding: `"${v.entry}" bestaat niet in de landelijke inhoud` });
    }
  });

  const blijft = [
    ...nationaal.filter((e) => !verbergen.has(sleutel(e)) && !(vervangt.has(sleutel(e)) && lokaalSleutels.has(sleutel(e)))),
    ...lokaal.filter((e) => !(nationaalIndex.has(sleutel(e)) && !vervangt.has(sleutel(e)))),
  ];
  // Extra links from signals to (local) interventions, added to a copy of the signal.
  const gekoppeld = new Set<string>();
  config.koppelingen.forEach((k, i) => {
    const index = blijft.findIndex((e) => e.collection === 'signalen' && e.id === k.signaal);
    if (index === -1) {
      problemen.push({ bestand: editieBestand, veld: `koppelingen.${i}.signaal`, melding: `Er is geen signaal "${k.signaal}" in deze editie` });
      return;
    }
    const s = blijft[index];
    const data = s.data as { interventies: unknown[] };
    const link = {
      interventie: { collection: 'interventies', id: k.interventie },
      fase: k.fase,
      ...(k.organisaties ? { organisaties: k.organisaties.map((o) => ({ collection: 'organisaties', id: o })) } : {}),
      ...(k.toelichting ? { toelichting: k.toelichting } : {}),
    };
    blijft[index] = { ...s, data: { ...data, interventies: [...data.interventies, link] } };
    gekoppeld.add(k.signaal);
  });
  // Something hidden may not be referred to by what stays.
  for (const e of blijft) {
    for (const { veld, ref } of findRefs(e.data)) {
      const doel = `${ref.collection}/${ref.id}`;
      if (verbergen.has(doel)) {
        problemen.push({
          bestand: e.bestand,
          veld,
          melding: `Verwijst naar "${doel}", dat ${editieBestand} verbergt; verberg dit item ook, of verberg "${doel}" niet`,
        });
      }
    }
  }
  const verborgen = config.verbergen
    .filter((v) => nationaalIndex.has(v.entry))
    .map((v) => {
      const [collection, id] = v.entry.split('/') as [CollectionName, string];
      return { collection, id, reden: v.reden };
    });
  return { entries: blijft, problemen, verborgen, vervangen, gekoppeld: [...gekoppeld] };
}
