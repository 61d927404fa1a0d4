/**
 * The review record (kwaliteit/beoordelingen.yaml): per entry, which claims
 * were checked against the sources, with what verdict and when. The check
 * keeps the record honest: a reviewed entry exists (a removed one does not),
 * and its own review date is not older than the review recorded for it.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from './model.ts';
import { schemaProblemen, type Probleem } from './problems.ts';

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Schrijf een datum als JJJJ-MM-DD');
const beoordeling = z.strictObject({
  entry: z.string().regex(new RegExp(`^(${COLLECTIONS.join('|')})/[a-z0-9-]+$`), 'Schrijf de entry als collectie/id'),
  wijziging: z.enum(['nieuw', 'gecorrigeerd', 'verwijderd', 'nagelezen']),
  gecontroleerd: z.string().min(10, 'Noem welke claims zijn nagelezen, met vindplaats'),
  oordeel: z.string().min(3),
  datum,
  opmerking: z.string().optional(),
});

const nl = z.locales.nl();

/** `laatstBeoordeeld` gives an entry's review date (JJJJ-MM-DD), or undefined when the entry does not exist. */
export function checkBeoordelingen(
  data: unknown,
  laatstBeoordeeld: (collection: CollectionName, id: string) => string | undefined,
  bestand = 'kwaliteit/beoordelingen.yaml',
): Probleem[] {
  const parsed = z.array(beoordeling).safeParse(data, { error: nl.localeError });
  if (!parsed.success) return schemaProblemen(bestand, parsed.error.issues);
  const problemen: Probleem[] = [];
  parsed.data.forEach((b, i) => {
    const [collection, id] = b.entry.split('/') as [CollectionName, string];
    const datumEntry = laatstBeoordeeld(collection, id);
    if (b.wijziging === 'verwijderd') {
      if (datumEntry !== undefined) problemen.push({ bestand, veld: `${i}.entry`, melding: `${b.entry} staat als verwijderd, maar bestaat nog` });
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
  return problemen;
}
