/**
 * The coverage check: every signal, intervention, organisation and case that
 * the sources name (listed in kwaliteit/dekking.yaml, with its location) has
 * either gone into an entry, or is deliberately left out with a reason.
 *
 * "Gone into an entry" is checked on the text, not only on the id: each item
 * names key phrases (`kernwoorden`) that must appear in the text of the entry
 * it points at (frontmatter and body, case-insensitive, whitespace-normalised).
 */
import { z } from 'astro/zod';
import type { CollectionName } from './model.ts';
import { schemaProblemen, type Probleem } from './problems.ts';

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
  /** Phrases that show the entry really holds the item; each must occur in one of the named entries. */
  kernwoorden: z.array(z.string().trim().min(3, 'Een kernwoord heeft minstens drie tekens')).min(1).optional(),
  /** Why it is deliberately left out. */
  weggelaten: z.string().min(10, 'Geef een reden van minstens een zin').optional(),
});
export type DekkingItem = z.output<typeof item>;

const nl = z.locales.nl();

/** Lower case, one space for any run of white space, Unicode NFC: how texts and phrases are compared. */
export function normaliseer(tekst: string): string {
  return tekst.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
}

/**
 * Checks the coverage list against the entries that exist.
 * `tekstVan` gives the full text (frontmatter and body) of an entry, or undefined when it does not exist.
 */
export function checkDekking(
  data: unknown,
  tekstVan: (collection: CollectionName, id: string) => string | undefined,
  bestand = 'kwaliteit/dekking.yaml',
): Probleem[] {
  const parsed = z.array(item).safeParse(data, { error: nl.localeError });
  if (!parsed.success) return schemaProblemen(bestand, parsed.error.issues);
  const problemen: Probleem[] = [];
  parsed.data.forEach((it, i) => {
    const veld = `${i}`;
    const wie = `${it.soort} "${it.naam}"`;
    if (it.entry && it.weggelaten) {
      problemen.push({ bestand, veld, melding: `${wie} heeft zowel "entry" als "weggelaten"; kies één` });
    } else if (!it.entry && !it.weggelaten) {
      problemen.push({
        bestand,
        veld,
        melding: `${wie} is nog niet verwerkt: geef "entry" (de id) of "weggelaten" (waarom niet)`,
      });
    }
    if (!it.entry) return;
    const teksten: { naam: string; tekst: string }[] = [];
    for (const e of [it.entry].flat()) {
      const [collection, id] = e.includes('/')
        ? (e.split('/', 2) as [CollectionName, string])
        : [SOORT_NAAR_COLLECTIE[it.soort], e];
      const tekst = tekstVan(collection, id);
      if (tekst === undefined) {
        problemen.push({
          bestand,
          veld: `${veld}.entry`,
          melding: `${wie} verwijst naar ${collection}/${id}, maar dat bestaat niet`,
        });
      } else {
        teksten.push({ naam: `${collection}/${id}`, tekst: normaliseer(tekst) });
      }
    }
    if (!it.kernwoorden) {
      problemen.push({
        bestand,
        veld: `${veld}.kernwoorden`,
        melding: `${wie} noemt geen kernwoorden: geef minstens één zinsdeel dat in ${teksten.map((t) => t.naam).join(' of ') || 'de entry'} moet staan`,
      });
      return;
    }
    if (teksten.length === 0) return;
    const woorden = it.kernwoorden.map((w) => ({ woord: w, norm: normaliseer(w) }));
    for (const w of woorden) {
      if (!teksten.some((t) => t.tekst.includes(w.norm))) {
        problemen.push({
          bestand,
          veld: `${veld}.kernwoorden`,
          melding: `${wie}: het kernwoord "${w.woord}" staat niet in ${teksten.map((t) => t.naam).join(' of ')}`,
        });
      }
    }
    for (const t of teksten) {
      if (teksten.length > 1 && !woorden.some((w) => t.tekst.includes(w.norm))) {
        problemen.push({
          bestand,
          veld: `${veld}.entry`,
          melding: `${wie} verwijst naar ${t.naam}, maar geen van de kernwoorden (${it.kernwoorden.join(', ')}) staat daarin`,
        });
      }
    }
  });
  return problemen;
}
