/**
 * The integrity check: validates every raw entry against its schema and then
 * the model as a whole (references, duplicates, links that contradict each
 * other, orphans). It reports every problem at once, with file and field.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, COMPONENTEN, STAPPEN_KOP, STRUCTUUR, type CollectionName } from './model.ts';
import { createSchemas, type DataOf } from './schema.ts';
import { schemaProblemen, type Probleem } from './problems.ts';
import type { RawEntry } from './content-files.ts';
import type { Ref } from './refs.ts';

/** References become `{ collection, id }`, the same shape Astro's reference() gives. */
const trackingRef = (collection: CollectionName) =>
  z
    .string()
    .trim()
    .min(1)
    .transform((id): Ref => ({ collection, id }));

const schemas = createSchemas(trackingRef);
const nl = z.locales.nl();

/** A valid entry of collection C (of any collection by default), with its data typed by its schema. */
export interface ValidEntry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  bestand: string;
  data: DataOf<C, ReturnType<typeof trackingRef>>;
  /** For a signal: the number of steps under "Wat doe je nu?". */
  aantalStappen?: number;
}

function isVan<C extends CollectionName>(collection: C) {
  return (e: ValidEntry): e is ValidEntry<C> => e.collection === collection;
}

/** The entries of one collection, typed as such. */
export function vanCollectie<C extends CollectionName>(entries: readonly ValidEntry[], collection: C): ValidEntry<C>[] {
  return entries.filter(isVan(collection));
}

/** Valid entries grouped per collection, as the graph takes them (buildGraph). */
export function perCollectie(entries: readonly ValidEntry[]): { [C in CollectionName]: ValidEntry<C>[] } {
  return {
    signalen: vanCollectie(entries, 'signalen'),
    interventies: vanCollectie(entries, 'interventies'),
    organisaties: vanCollectie(entries, 'organisaties'),
    themas: vanCollectie(entries, 'themas'),
    kaders: vanCollectie(entries, 'kaders'),
    bronnen: vanCollectie(entries, 'bronnen'),
    casussen: vanCollectie(entries, 'casussen'),
    begrippen: vanCollectie(entries, 'begrippen'),
    observaties: vanCollectie(entries, 'observaties'),
  };
}

export interface CheckResult {
  entries: ValidEntry[];
  problemen: Probleem[];
}

function isRef(value: unknown): value is Ref {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    COLLECTIONS.includes((value as Ref).collection) &&
    typeof (value as Ref).id === 'string'
  );
}

/** Every reference inside an entry's data, with the field path where it stands. */
export function findRefs(data: unknown, path: string[] = []): { veld: string; ref: Ref }[] {
  if (isRef(data)) return [{ veld: path.join('.'), ref: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => findRefs(v, [...path, String(i)]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => findRefs(v, [...path, k]));
  }
  return [];
}

function checkStructuur(entry: RawEntry): Probleem[] {
  const problemen: Probleem[] = [];
  if (entry.koppen1?.length) {
    problemen.push({
      bestand: entry.bestand,
      veld: 'tekst',
      melding: `Gebruik geen kop van niveau 1 (# ${entry.koppen1[0]}); de titel komt uit de frontmatter`,
    });
  }
  const toegestaan = COMPONENTEN[entry.collection] ?? [];
  for (const c of entry.componenten ?? []) {
    if (!toegestaan.includes(c.naam)) {
      problemen.push({
        bestand: entry.bestand,
        veld: c.regel ? `regel ${c.regel}` : 'tekst',
        melding: `Onbekend onderdeel <${c.naam}>; ${toegestaan.length ? `toegestaan: ${toegestaan.map((t) => `<${t} />`).join(', ')}` : 'gebruik hier geen onderdelen (componenten)'}`,
      });
    }
  }
  const verplicht = STRUCTUUR[entry.collection];
  if (!verplicht || !entry.structuur) return problemen;
  const gevonden = entry.structuur;
  if (gevonden.join('\n') !== verplicht.join('\n')) {
    const ontbreekt = verplicht.filter((k) => !gevonden.includes(k));
    const extra = gevonden.filter((k) => !verplicht.includes(k));
    const dubbel = [...new Set(gevonden.filter((k, i) => gevonden.indexOf(k) !== i))];
    const delen = [
      ontbreekt.length ? `ontbreekt: ${ontbreekt.map((k) => `"${k}"`).join(', ')}` : '',
      extra.length ? `niet toegestaan: ${extra.map((k) => `"${k}"`).join(', ')}` : '',
      dubbel.length ? `dubbel: ${dubbel.map((k) => `"${k}"`).join(', ')}` : '',
      !ontbreekt.length && !extra.length && !dubbel.length ? 'de volgorde klopt niet' : '',
    ].filter(Boolean);
    problemen.push({
      bestand: entry.bestand,
      veld: 'koppen',
      melding: `${delen.join('; ')}. Verwacht, in deze volgorde: ${verplicht.map((k) => `"${k}"`).join(', ')}`,
    });
  }
  return problemen;
}

/** Validates entries against their schemas; invalid entries are reported, not dropped silently. */
export function validateEntries(raw: readonly RawEntry[]): CheckResult {
  const entries: ValidEntry[] = [];
  const problemen: Probleem[] = [];
  for (const entry of raw) {
    const result = schemas[entry.collection].safeParse(entry.data, { error: nl.localeError });
    problemen.push(...checkStructuur(entry));
    if (!result.success) {
      problemen.push(...schemaProblemen(entry.bestand, result.error.issues));
      continue;
    }
    entries.push({
      collection: entry.collection,
      id: entry.id,
      bestand: entry.bestand,
      data: result.data,
      aantalStappen: entry.aantalStappen,
    });
  }
  return { entries, problemen };
}

type Index = Map<CollectionName, Map<string, ValidEntry>>;

function indexOf(entries: readonly ValidEntry[]): { index: Index; problemen: Probleem[] } {
  const index: Index = new Map(COLLECTIONS.map((c) => [c, new Map()]));
  const problemen: Probleem[] = [];
  for (const e of entries) {
    const bestaand = index.get(e.collection)!.get(e.id);
    if (bestaand) {
      problemen.push({
        bestand: e.bestand,
        veld: 'id',
        melding: `De id "${e.id}" bestaat al in ${e.collection} (${bestaand.bestand}); elke id mag maar één keer voorkomen`,
      });
      continue;
    }
    index.get(e.collection)!.set(e.id, e);
  }
  return { index, problemen };
}

/**
 * Checks the model as a whole: references, duplicates, consistency, orphans.
 * `bekend` holds "collection/id" of every entry that exists, valid or not, so
 * that an invalid entry is reported once, not again by every entry linking to it.
 */
export function checkModel(entries: readonly ValidEntry[], bekend: ReadonlySet<string> = new Set()): Probleem[] {
  const { index, problemen } = indexOf(entries);
  /** The (first) entries of one collection, typed as such. */
  const alle = <C extends CollectionName>(c: C) => vanCollectie([...index.get(c)!.values()], c);
  const bestaat = (ref: Ref) => index.get(ref.collection)!.has(ref.id) || bekend.has(`${ref.collection}/${ref.id}`);
  const verwezen = new Set<string>();
  for (const e of entries) {
    for (const { veld, ref } of findRefs(e.data)) {
      verwezen.add(`${ref.collection}/${ref.id}`);
      if (!bestaat(ref)) {
        problemen.push({
          bestand: e.bestand,
          veld,
          melding: `Verwijst naar "${ref.id}" in ${ref.collection}, maar dat bestaat niet (geen bestand ${ref.collection}/${ref.id}.*)`,
        });
      }
    }
  }
  const interventieMet = new Map(alle('interventies').map((i) => [i.id, i]));
  for (const s of alle('signalen')) {
    const gezien = new Set<string>();
    s.data.interventies.forEach((k, i) => {
      const veld = `interventies.${i}`;
      const sleutel = `${k.interventie.id}|${k.fase}`;
      if (gezien.has(sleutel)) {
        problemen.push({
          bestand: s.bestand,
          veld,
          melding: `"${k.interventie.id}" staat twee keer in de fase ${k.fase}`,
        });
      }
      gezien.add(sleutel);
      const interventie = interventieMet.get(k.interventie.id);
      if (!interventie) return;
      const fasen = interventie.data.fasen;
      if (!fasen.includes(k.fase)) {
        problemen.push({
          bestand: s.bestand,
          veld: `${veld}.fase`,
          melding: `De fase "${k.fase}" hoort niet bij "${k.interventie.id}" (die heeft: ${fasen.join(', ')}); pas de fase hier of in ${interventie.bestand} aan`,
        });
      }
      const uitvoerders = new Set(interventie.data.uitvoerders.map((u) => u.organisatie.id));
      (k.organisaties ?? []).forEach((o, j) => {
        if (bestaat(o) && !uitvoerders.has(o.id)) {
          problemen.push({
            bestand: s.bestand,
            veld: `${veld}.organisaties.${j}`,
            melding: `"${o.id}" staat niet bij de uitvoerders van "${k.interventie.id}" (${interventie.bestand})`,
          });
        }
      });
    });
  }
  const uitvoerders = new Set(alle('interventies').flatMap((i) => i.data.uitvoerders.map((u) => u.organisatie.id)));
  for (const e of alle('interventies')) {
    const regie = e.data.uitvoerders.filter((u) => u.regie);
    if (regie.length !== 1) {
      problemen.push({
        bestand: e.bestand,
        veld: 'uitvoerders',
        melding:
          regie.length === 0
            ? 'Geen organisatie heeft de regie: zet bij precies één uitvoerder "regie: true"'
            : `Meer dan één organisatie heeft de regie (${regie.map((u) => u.organisatie.id).join(', ')}); zet "regie: true" bij precies één uitvoerder`,
      });
    }
    if (!verwezen.has(`interventies/${e.id}`)) {
      problemen.push({ bestand: e.bestand, melding: 'Losse interventie: geen signaal of casus verwijst ernaar' });
    }
  }
  for (const e of alle('observaties')) {
    if (!verwezen.has(`observaties/${e.id}`)) {
      problemen.push({
        bestand: e.bestand,
        melding: 'Losse observatie: geen signaal verwijst ernaar (zet haar bij "observaties" van een signaal)',
      });
    }
  }
  for (const s of alle('signalen')) {
    for (const [rol, r] of Object.entries(s.data.perRol)) {
      r.stappen.forEach((n, i) => {
        if (s.aantalStappen !== undefined && n > s.aantalStappen) {
          problemen.push({
            bestand: s.bestand,
            veld: `perRol.${rol}.stappen.${i}`,
            melding: `Stap ${n} bestaat niet: "${STAPPEN_KOP}" heeft ${s.aantalStappen} stappen`,
          });
        }
      });
    }
    if (!s.data.observaties.length) {
      problemen.push({
        bestand: s.bestand,
        veld: 'observaties',
        melding: 'Een signaal heeft minstens één observatie (content/observaties/): wat ziet een professional?',
      });
    }
  }
  for (const e of alle('organisaties')) {
    if (!uitvoerders.has(e.id)) {
      problemen.push({ bestand: e.bestand, melding: 'Losse organisatie: geen interventie noemt haar als uitvoerder' });
    }
  }
  return problemen;
}

/** Runs every check on raw entries; `bestaand` adds ids of files that could not be parsed. */
export function checkEntries(raw: readonly RawEntry[], bestaand: readonly string[] = []): CheckResult {
  const { entries, problemen } = validateEntries(raw);
  const bekend = new Set([...bestaand, ...raw.map((e) => `${e.collection}/${e.id}`)]);
  return { entries, problemen: [...problemen, ...checkModel(entries, bekend)] };
}
