/**
 * The coverage check: every signal, intervention, organisation and case that
 * the sources name (listed in kwaliteit/dekking.yaml, with its location) has
 * either gone into an entry, or is deliberately left out with a reason.
 */
import { z } from 'astro/zod';
import type { CollectionName } from './model.ts';
import type { Probleem } from './problems.ts';

export const SOORT_NAAR_COLLECTIE = {
  signaal: 'signalen',
  interventie: 'interventies',
  organisatie: 'organisaties',
  casus: 'casussen',
} as const satisfies Record<string, CollectionName>;

const item = z.looseObject({
  soort: z.enum(Object.keys(SOORT_NAAR_COLLECTIE) as [keyof typeof SOORT_NAAR_COLLECTIE]),
  naam: z.string().min(1),
  vindplaatsen: z.array(z.object({ bestand: z.string().min(1), regels: z.union([z.string(), z.number()]) })).min(1),
  /** Where it went: an id in the collection of its kind, or "collectie/id" for another collection. */
  entry: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  /** Why it is deliberately left out. */
  weggelaten: z.string().min(10, 'Geef een reden van minstens een zin').optional(),
});
export type DekkingItem = z.output<typeof item>;

const nl = z.locales.nl();

/** Checks the coverage list against the ids that exist. */
export function checkDekking(
  data: unknown,
  bestaat: (collection: CollectionName, id: string) => boolean,
  bestand = 'kwaliteit/dekking.yaml',
): Probleem[] {
  const parsed = z.array(item).safeParse(data, { error: nl.localeError });
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({ bestand, veld: i.path.join('.'), melding: i.message }));
  }
  const problemen: Probleem[] = [];
  parsed.data.forEach((it, i) => {
    const veld = `${i}`;
    const wie = `${it.soort} "${it.naam}"`;
    if (it.entry && it.weggelaten) {
      problemen.push({ bestand, veld, melding: `${wie} heeft zowel "entry" als "weggelaten"; kies één` });
    } else if (!it.entry && !it.weggelaten) {
      problemen.push({ bestand, veld, melding: `${wie} is nog niet verwerkt: geef "entry" (de id) of "weggelaten" (waarom niet)` });
    }
    for (const e of [it.entry ?? []].flat()) {
      const [collection, id] = e.includes('/') ? (e.split('/', 2) as [CollectionName, string]) : [SOORT_NAAR_COLLECTIE[it.soort], e];
      if (!bestaat(collection, id)) {
        problemen.push({ bestand, veld: `${veld}.entry`, melding: `${wie} verwijst naar ${collection}/${id}, maar dat bestaat niet` });
      }
    }
  });
  return problemen;
}
