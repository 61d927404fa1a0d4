import { parse } from 'yaml';
import { z } from 'astro/zod';
import { itemRef } from './refs.ts';
import { COLLECTIONS } from './model.ts';
import { schemaProblemen, type Probleem } from './problems.ts';

/** The newest version and date in CHANGELOG.md ("## 1.2.0 — 2026-11-25"). */
export function laatsteVersie(changelog: string): { versie: string; datum: string } {
  const m = /^##\s+(\d+\.\d+\.\d+)\s+[—–-]\s+(\d{4}-\d{2}-\d{2})\s*$/m.exec(changelog);
  if (!m) throw new Error('CHANGELOG.md heeft geen kop "## x.y.z — JJJJ-MM-DD"');
  return { versie: m[1], datum: m[2] };
}

/** The heading of the machine-readable section of renames and removals. */
export const WIJZIGINGEN_KOP = 'Hernoemd en verwijderd';
export const CHANGELOG_BESTAND = 'CHANGELOG.md';

const wijzigingSchema = z.strictObject({
  versie: z.string().regex(/^\d+\.\d+\.\d+$/, 'Schrijf de versie als x.y.z'),
  oud: itemRef,
  /** Absent: the entry was removed. */
  nieuw: itemRef.optional(),
  toelichting: z.string().trim().min(1).optional(),
});
export type Wijziging = z.output<typeof wijzigingSchema>;

/**
 * The renames and removals recorded in CHANGELOG.md: the first ```yaml block
 * under "## Hernoemd en verwijderd", a list of { versie, oud, nieuw?,
 * toelichting? }. Problems name CHANGELOG.md and the item.
 */
export function leesWijzigingen(changelog: string): { wijzigingen: Wijziging[]; problemen: Probleem[] } {
  const bestand = CHANGELOG_BESTAND;
  const kop = new RegExp(`^##\\s+${WIJZIGINGEN_KOP}\\s*$`, 'm').exec(changelog);
  if (!kop)
    return {
      wijzigingen: [],
      problemen: [{ bestand, melding: `Geen kop "## ${WIJZIGINGEN_KOP}" met een yaml-blok van hernoemde en verwijderde items` }],
    };
  const rest = changelog.slice(kop.index + kop[0].length);
  const sectie = rest.slice(0, /^##\s/m.exec(rest)?.index ?? rest.length);
  const blok = /^```ya?ml\r?\n([\s\S]*?)^```/m.exec(sectie);
  if (!blok)
    return { wijzigingen: [], problemen: [{ bestand, veld: WIJZIGINGEN_KOP, melding: 'Geen ```yaml-blok onder deze kop' }] };
  let data: unknown;
  try {
    data = parse(blok[1]) ?? [];
  } catch (error) {
    return {
      wijzigingen: [],
      problemen: [
        { bestand, veld: WIJZIGINGEN_KOP, melding: `YAML kan niet gelezen worden: ${(error as Error).message.split('\n')[0]}` },
      ],
    };
  }
  const r = z.array(wijzigingSchema).safeParse(data, { error: z.locales.nl().localeError });
  if (!r.success)
    return {
      wijzigingen: [],
      problemen: schemaProblemen(bestand, r.error.issues).map((p) => ({
        ...p,
        veld: `${WIJZIGINGEN_KOP}${p.veld ? ` ${p.veld}` : ''}`,
      })),
    };
  return { wijzigingen: r.data, problemen: [] };
}

/** A quoted id in a message, optionally followed by its collection ('Verwijst naar "x" in organisaties'). */
const ID_IN_MELDING = new RegExp(
  `"([a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?)"(?: in (${COLLECTIONS.join('|')})\\b)?`,
  'g',
);

/** Where the changelog records an id: "collectie/id", or a bare id (the collection guessed from the message). */
function zoek(
  wijzigingen: readonly Wijziging[],
  id: string,
  collectie: string | undefined,
  melding: string,
): Wijziging | undefined {
  if (id.includes('/')) return wijzigingen.findLast((w) => w.oud === id);
  const kandidaten = wijzigingen.filter((w) => w.oud.split('/')[1] === id && (!collectie || w.oud.startsWith(`${collectie}/`)));
  if (kandidaten.length <= 1) return kandidaten[0];
  return kandidaten.findLast((w) => melding.toLowerCase().includes(w.oud.split('/')[0].slice(0, 5)));
}

/**
 * Problems in an edition's files that name an id the changelog records as
 * renamed or removed get the new id (or the removal) added, so an officer
 * sees what the national update changed.
 */
export function metWijzigingen(problemen: readonly Probleem[], wijzigingen: readonly Wijziging[], editieMap: string): Probleem[] {
  if (wijzigingen.length === 0) return [...problemen];
  const binnen = (b: string) => b.startsWith(`${editieMap.replace(/\/$/, '')}/`);
  return problemen.map((p) => {
    if (!binnen(p.bestand)) return p;
    const ids = [...p.melding.matchAll(ID_IN_MELDING)];
    for (const [, id, collectie] of ids) {
      const w = zoek(wijzigingen, id, collectie, p.melding);
      if (!w) continue;
      const wat = w.nieuw
        ? `in versie ${w.versie} hernoemd naar "${w.nieuw}"; schrijf "${id.includes('/') ? w.nieuw : w.nieuw.split('/')[1]}"`
        : `in versie ${w.versie} verwijderd${w.toelichting ? ` (${w.toelichting})` : ''}; haal de verwijzing weg`;
      return { ...p, melding: `${p.melding}. Volgens ${CHANGELOG_BESTAND}: "${w.oud}" is ${wat}` };
    }
    return p;
  });
}
