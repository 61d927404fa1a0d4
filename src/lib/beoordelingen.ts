/**
 * The review record (kwaliteit/beoordelingen/*.yaml): per entry, which claims
 * were checked against the sources, with what verdict and when. The check
 * keeps the record honest: a reviewed entry exists (a removed one does not),
 * its own review date is not older than the review recorded for it, and every
 * entry of the reviewed collections has a review of all its claims.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from './model.ts';
import { schemaProblemen, type Probleem } from './problems.ts';

/** Where the record lives: every .yaml file in this folder is one list of reviews. */
export const BEOORDELINGEN_MAP = 'kwaliteit/beoordelingen';

/** Collections whose every entry must have a review of all its claims (issue 11). */
export const BEOORDEELDE_COLLECTIES = [
  'signalen',
  'interventies',
  'casussen',
  'organisaties',
  'kaders',
  'begrippen',
  'themas',
] as const satisfies readonly CollectionName[];

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Schrijf een datum als JJJJ-MM-DD');
const beoordeling = z.strictObject({
  entry: z.string().regex(new RegExp(`^(${COLLECTIONS.join('|')})/[a-z0-9-]+$`), 'Schrijf de entry als collectie/id'),
  wijziging: z.enum(['nieuw', 'gecorrigeerd', 'verwijderd', 'nagelezen']),
  /** "alle claims": every claim of the entry was read against its cited location; "bevinding": only the claims of one finding. */
  omvang: z.enum(['alle claims', 'bevinding']),
  gecontroleerd: z.string().min(10, 'Noem welke claims zijn nagelezen, met vindplaats'),
  oordeel: z.string().min(3),
  datum,
  opmerking: z.string().optional(),
});
export type Beoordeling = z.infer<typeof beoordeling>;

const nl = z.locales.nl();

/**
 * Checks one file of the record. `laatstBeoordeeld` gives an entry's review
 * date (JJJJ-MM-DD), or undefined when the entry does not exist.
 */
export function checkBeoordelingen(
  data: unknown,
  laatstBeoordeeld: (collection: CollectionName, id: string) => string | undefined,
  bestand = `${BEOORDELINGEN_MAP}/beoordelingen.yaml`,
): { beoordelingen: Beoordeling[]; problemen: Probleem[] } {
  const parsed = z.array(beoordeling).safeParse(data, { error: nl.localeError });
  if (!parsed.success) return { beoordelingen: [], problemen: schemaProblemen(bestand, parsed.error.issues) };
  const problemen: Probleem[] = [];
  parsed.data.forEach((b, i) => {
    const [collection, id] = b.entry.split('/') as [CollectionName, string];
    const datumEntry = laatstBeoordeeld(collection, id);
    if (b.wijziging === 'verwijderd') {
      if (datumEntry !== undefined)
        problemen.push({ bestand, veld: `${i}.entry`, melding: `${b.entry} staat als verwijderd, maar bestaat nog` });
    } else if (datumEntry === undefined) {
      problemen.push({ bestand, veld: `${i}.entry`, melding: `${b.entry} bestaat niet` });
    } else if (datumEntry < b.datum) {
      problemen.push({
        bestand,
        veld: `${i}.datum`,
        melding: `${b.entry} is op ${b.datum} beoordeeld, maar de entry zegt laatstBeoordeeld: ${datumEntry}; werk die datum bij`,
      });
    }
  });
  return { beoordelingen: parsed.data, problemen };
}

/** Entries ("collectie/id") of the reviewed collections that have no review of all their claims. */
export function zonderVolledigeBeoordeling(entries: readonly string[], beoordelingen: readonly Beoordeling[]): string[] {
  const volledig = new Set(
    beoordelingen.filter((b) => b.omvang === 'alle claims' && b.wijziging !== 'verwijderd').map((b) => b.entry),
  );
  const collecties = new Set<string>(BEOORDEELDE_COLLECTIES);
  return entries.filter((e) => collecties.has(e.split('/')[0]) && !volledig.has(e)).sort();
}
