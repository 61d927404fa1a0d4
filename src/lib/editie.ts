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
import { checkThema } from './thema.ts';
import { checkLogo } from './logo.ts';
import { FASEN, ID_PATROON, type CollectionName } from './model.ts';
import { schemaProblemen, type Probleem } from './problems.ts';
import { findRefs } from './integrity.ts';
import { itemRef } from './refs.ts';
import { telefoonSchema } from './telefoon.ts';
import { meldingVoor } from './schema-uitleg.ts';
import { contactSchema } from './schema.ts';

export const EDITIE_BESTAND = 'editie.yaml';

const tekst = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !ONZICHTBAAR.test(s), { error: (i) => onzichtbaarMelding(String(i.input)) });
const url = z.url({ protocol: /^https?$/ });
/** Description (one Dutch line) and example of a key: the single source for error messages, docs/editie-yaml.md and the starter edition. */
export interface VeldUitleg {
  description: string;
  examples?: unknown[];
  /** What kind of value, in words, where the schema type alone says too little (e.g. "datum"). */
  soort?: string;
}
const uitleg = <S extends z.ZodType>(schema: S, description: string, voorbeeld?: unknown, soort?: string): S =>
  schema.meta({ description, ...(voorbeeld === undefined ? {} : { examples: [voorbeeld] }), ...(soort ? { soort } : {}) });

const telefoon = (wie: string, voorbeeld: string) =>
  uitleg(
    telefoonSchema.optional(),
    `telefoonnummer van ${wie}; meerdere: een lijst met label en nummer`,
    voorbeeld,
    'telefoonnummer',
  );

/** Old (English) keys of editie.yaml and their Dutch names, for a clear message to editions written before the rename. */
export const HERNOEMDE_SLEUTELS: Readonly<Record<string, string>> = {
  entry: 'item',
  logoAlt: 'logoTekst',
  openingstijden: 'bereikbaarheid',
};

export const editieSchema = z.strictObject({
  naam: uitleg(tekst, 'naam van deze editie, bovenaan elke pagina', 'Barrièremodel Duinwijk'),
  organisatie: uitleg(tekst, 'de organisatie die de editie uitgeeft', 'Gemeente Duinwijk'),
  logo: uitleg(tekst.optional(), 'logobestand in de editiemap (.svg of .png)', 'logo.svg'),
  logoTekst: uitleg(
    tekst.optional(),
    'tekst voor wie het logo niet ziet (verplicht bij een logo), meestal de naam van de organisatie',
    'Gemeente Duinwijk',
  ),
  site: uitleg(
    url.optional(),
    'volledig webadres van de site (https://…); BARRIEREMODEL_SITE gaat hier boven',
    'https://www.duinwijk.example/barrieremodel/',
  ),
  base: uitleg(
    z
      .string()
      .regex(/^\/([a-z0-9._-]+\/)*$/i, 'Begin en eindig met "/", bijv. "/barrieremodel/"')
      .default('/'),
    'subpad waaronder de site staat, begint en eindigt met "/"; BARRIEREMODEL_BASE gaat hier boven',
    '/barrieremodel/',
  ),
  contact: uitleg(
    z.strictObject({
      email: uitleg(z.email(), 'e-mailadres voor vragen over deze editie', 'barrieremodel@duinwijk.example'),
      telefoon: telefoon('de beheerder', '0900-0000000'),
      naam: uitleg(tekst.optional(), 'naam van het team of de persoon', 'Team Jeugd en Veiligheid'),
    }),
    'naam en e-mail van wie de site beheert',
  ),
  toegankelijkheid: uitleg(
    z.strictObject({
      status: uitleg(
        z.enum(['voldoet volledig', 'voldoet gedeeltelijk', 'eerste maatregelen genomen', 'voldoet niet']),
        'hoe ver de site voldoet aan de toegankelijkheidseisen (WCAG)',
        'voldoet gedeeltelijk',
      ),
      datum: uitleg(
        z.preprocess(
          (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
          z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Schrijf een datum als JJJJ-MM-DD', abort: true })
            .refine((s) => new Date(`${s}T00:00:00Z`).toISOString?.().slice(0, 10) === s, 'Geen bestaande datum'),
        ),
        'datum van de verklaring of het onderzoek',
        '2026-11-25',
        'datum (JJJJ-MM-DD)',
      ),
      email: uitleg(z.email(), 'e-mailadres voor meldingen over toegankelijkheid', 'toegankelijkheid@duinwijk.example'),
      toelichting: uitleg(
        tekst.optional(),
        'wat nog niet voldoet, of wanneer het onderzoek was',
        'De pdf-handouts zijn nog niet onderzocht.',
      ),
    }),
    'gegevens voor de toegankelijkheidsverklaring: status, datum en e-mail',
  ),
  thema: uitleg(
    tekst.optional(),
    'huisstijl: CSS-bestand in de editiemap dat alleen --bm-…-tokens zet (zie docs/huisstijl.md)',
    'thema.css',
  ),
  streng: uitleg(
    z.boolean().default(false),
    'ja (true): ontbrekende lokale contacten en routes zijn fouten in plaats van aandachtspunten, zodat je pas publiceert als alles compleet is',
    true,
  ),
  verbergen: uitleg(
    z
      .array(
        z.strictObject({
          item: uitleg(itemRef, 'het landelijke item, als collectie/id', 'casussen/casus-drie-uitgehuwelijkte-meisjes'),
          reden: uitleg(tekst, 'waarom je het niet toont; het colofon noemt de reden', 'Niet gebruikt in onze trainingen'),
        }),
      )
      .default([]),
    'landelijke items die deze editie niet toont, elk met een reden',
    [{ item: 'casussen/casus-drie-uitgehuwelijkte-meisjes', reden: 'Niet gebruikt in onze trainingen' }],
  ),
  vervangt: uitleg(
    z
      .array(
        uitleg(
          itemRef,
          'landelijk item (collectie/id) dat een lokaal bestand met dezelfde id vervangt',
          'interventies/verzuimgesprek',
        ),
      )
      .default([]),
    'landelijke items die een lokaal item met dezelfde id (in content/ van de editie) bewust vervangt',
    ['interventies/verzuimgesprek'],
  ),
  contacten: uitleg(
    z.record(z.string(), contactSchema).default({}),
    'lokale contactgegevens per organisatie-id (zie organisaties/); ze staan bij elke stap waar die organisatie aan zet is',
    { leerplicht: { afdeling: 'Leerplicht en RMC Duinwijk', telefoon: '0900-0000001', email: 'leerplicht@duinwijk.example' } },
  ),
  koppelingen: uitleg(
    z
      .array(
        z.strictObject({
          signaal: uitleg(z.string().regex(ID_PATROON), 'id van het (landelijke) signaal', 'uitschrijving-brp-naar-buitenland'),
          interventie: uitleg(z.string().regex(ID_PATROON), 'id van de (lokale) interventie', 'casusoverleg-duinwijk'),
          fase: uitleg(z.enum(FASEN), 'fase van het barrièremodel waarin de stap valt', 'signaleren'),
          organisaties: uitleg(
            z.array(z.string().regex(ID_PATROON)).optional(),
            "id's van de organisaties die aan zet zijn (anders: de uitvoerders van de interventie)",
            ['leerplicht'],
          ),
          toelichting: uitleg(
            tekst.optional(),
            'wat er lokaal gebeurt, in één zin',
            'Leerplicht brengt de uitschrijving binnen een week in het casusoverleg.',
          ),
        }),
      )
      .default([]),
    'extra stappen: van een signaal naar een (lokale) interventie in een fase',
    [
      {
        signaal: 'uitschrijving-brp-naar-buitenland',
        interventie: 'casusoverleg-duinwijk',
        fase: 'signaleren',
        toelichting: 'Leerplicht brengt de uitschrijving binnen een week in het casusoverleg.',
      },
    ],
  ),
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

/** Schema issues of editie.yaml in the words of the schema's descriptions (see schema-uitleg.ts). */
export function editieMeldingen(issues: readonly z.core.$ZodIssue[]): { path: PropertyKey[]; message: string }[] {
  return issues.map((i) => ({
    path: i.path,
    message: meldingVoor(editieSchema, i as Parameters<typeof meldingVoor>[1], HERNOEMDE_SLEUTELS),
  }));
}

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
  const parsed = editieSchema.safeParse(yaml.data ?? {}, { error: nl.localeError, reportInput: true });
  if (!parsed.success) {
    return { problemen: schemaProblemen(bestand, editieMeldingen(parsed.error.issues)) };
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
  if (config.logo && !config.logoTekst) {
    problemen.push({
      bestand,
      veld: 'logoTekst',
      melding: 'Geef een tekstalternatief voor het logo (meestal de naam van de organisatie)',
    });
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
    if (st.isSymbolicLink())
      return { melding: `"${waarde}" is (of loopt via) een symbolische link; zet het bestand zelf in de editiemap` };
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
    if (!nationaalIndex.has(v))
      problemen.push({ bestand: editieBestand, veld: `vervangt.${i}`, melding: `"${v}" bestaat niet in de landelijke inhoud` });
    else if (!lokaalSleutels.has(v))
      problemen.push({ bestand: editieBestand, veld: `vervangt.${i}`, melding: `Er is geen lokaal bestand dat "${v}" vervangt` });
  });

  const verbergen = new Map(config.verbergen.map((v) => [v.item, v.reden]));
  config.verbergen.forEach((v, i) => {
    if (!nationaalIndex.has(v.item)) {
      problemen.push({
        bestand: editieBestand,
        veld: `verbergen.${i}.item`,
        melding: `"${v.item}" bestaat niet in de landelijke inhoud`,
      });
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
      problemen.push({
        bestand: editieBestand,
        veld: `koppelingen.${i}.signaal`,
        melding: `Er is geen signaal "${k.signaal}" in deze editie`,
      });
      return;
    }
    // What the link points to must exist too; reported here, on editie.yaml, not on the signal it is added to.
    const bestaat = (collection: string, id: string) => blijft.some((e) => e.collection === collection && e.id === id);
    const ontbreekt = [
      ...(bestaat('interventies', k.interventie)
        ? []
        : [{ veld: `koppelingen.${i}.interventie`, melding: `Er is geen interventie "${k.interventie}" in deze editie` }]),
      ...(k.organisaties ?? []).flatMap((o, j) =>
        bestaat('organisaties', o)
          ? []
          : [{ veld: `koppelingen.${i}.organisaties.${j}`, melding: `Er is geen organisatie "${o}" in deze editie` }],
      ),
    ];
    if (ontbreekt.length) {
      problemen.push(...ontbreekt.map((x) => ({ bestand: editieBestand, ...x })));
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
    .filter((v) => nationaalIndex.has(v.item))
    .map((v) => {
      const [collection, id] = v.item.split('/') as [CollectionName, string];
      return { collection, id, reden: v.reden };
    });
  return { entries: blijft, problemen, verborgen, vervangen, gekoppeld: [...gekoppeld] };
}

/** "collectie/id" of the national entries an edition leaves out of its site: what it hides and what it replaces. */
export function weggelaten(config: Pick<Editie, 'verbergen' | 'vervangt'>): string[] {
  return [...config.verbergen.map((v) => v.item), ...config.vervangt];
}
