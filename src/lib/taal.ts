/**
 * The language check of the content guide: terms that stigmatise a group or
 * turn a possible victim into an offender. Runs over the text of every
 * content file (frontmatter and body) as part of the integrity check.
 *
 * A term is allowed only where an exception names the file, the term and why
 * (e.g. a historical policy named by its own name) — see `Uitzondering`.
 */
import type { Probleem } from './problems.ts';

export interface TaalRegel {
  /** Matched case-insensitively against each line. */
  patroon: RegExp;
  melding: string;
}

export const TAALREGELS: readonly TaalRegel[] = [
  {
    patroon: /zigeuner/i,
    melding: 'Gebruik het woord "zigeuner" niet, behalve als naam van historisch beleid (dan als uitzondering vastleggen)',
  },
  {
    patroon: /\broma[- ]?(gezin|famil|problematiek|kinderen\b|jongeren|meisjes|ouders|cultuur)/i,
    melding:
      'Beschrijf situaties en gedrag, geen groep: schrijf bijv. "gezinnen met een Roma- of Sinti-achtergrond" of "in sommige families"',
  },
  {
    patroon: /\bsinti[- ]?(gezin|famil|problematiek|kinderen\b|jongeren|meisjes|ouders|cultuur)/i,
    melding: 'Beschrijf situaties en gedrag, geen groep: schrijf bijv. "gezinnen met een Roma- of Sinti-achtergrond"',
  },
  {
    patroon: /\b(de\s+)?(roma|sinti)\s+(zijn|doen|willen|hebben|vinden|leven|trouwen|stelen)\b/i,
    melding:
      'Geen uitspraken over een groep als geheel; schrijf "in sommige families" of "in de proeftuinen zagen professionals …"',
  },
  {
    patroon:
      /\b(kind(eren)?|minderjarigen?|meisjes?|jongens?|jongeren)\s+(als|is|zijn|worden)\s+(de\s+)?daders?\b|\b(minderjarige|jeugdige|jonge)\s+daders?\b/i,
    melding:
      'Een kind dat wordt ingezet voor criminaliteit is eerst een mogelijk slachtoffer van uitbuiting; schrijf niet "dader"',
  },
];

export interface Uitzondering {
  /** Path of the file as reported (relative to the content folder's parent). */
  bestand: string;
  /** The exact text that is allowed in that file. */
  term: string;
  reden: string;
}

/** Checks one file's text; returns a problem per offending line. */
export function checkTaal(bestand: string, text: string, uitzonderingen: readonly Uitzondering[] = []): Probleem[] {
  const toegestaan = uitzonderingen.filter((u) => u.bestand === bestand).map((u) => u.term.toLowerCase());
  const problemen: Probleem[] = [];
  text.split(/\r?\n/).forEach((regel, i) => {
    let rest = regel.toLowerCase();
    for (const t of toegestaan) rest = rest.split(t).join(' ');
    for (const r of TAALREGELS) {
      const m = r.patroon.exec(rest);
      if (m) problemen.push({ bestand, veld: `regel ${i + 1}`, melding: `"${m[0].trim()}": ${r.melding}` });
    }
  });
  return problemen;
}
