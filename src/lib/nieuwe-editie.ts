/**
 * A complete starter edition for `npm run nieuwe-editie -- <map> <Naam>`:
 * editie.yaml (every key, from the schema), thema.css (the tokens with their
 * default values), a placeholder logo and one "In onze gemeente" block.
 * Never overwrites: a folder that exists and is not empty is refused.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { starterYaml } from './editie-docs.ts';
import { standaardTokens } from './thema.ts';

/** The tokens as a theme: colours set (to the defaults), the rest commented out. */
export function starterThema(tokens = standaardTokens()): string {
  const regels = [...tokens].map(([naam, waarde]) =>
    naam.startsWith('--bm-color-') ? `  ${naam}: ${waarde};` : `  /* ${naam}: ${waarde}; */`,
  );
  return `/*
 * Huisstijl van deze editie. Zet hier alleen --bm-…-tokens; wat je niet zet,
 * blijft zoals het landelijk is. Uitleg per token: docs/huisstijl.md.
 * npm run check -- --editie <map> meldt een onbekend token en te weinig
 * contrast tussen tekst en achtergrond (WCAG AA, 4,5:1).
 */
:root {
${regels.join('\n')}
}
`;
}

/** A plain placeholder logo: a square with the first letter of the name. */
export function starterLogo(naam: string): string {
  const letter = (naam.trim()[0] ?? 'B').toUpperCase().replace(/[<&>"']/g, 'B');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40"><rect width="40" height="40" rx="6" fill="#ffffff"/><text x="20" y="28" font-family="sans-serif" font-size="22" text-anchor="middle" fill="#1f3a5f">${letter}</text></svg>\n`;
}

/** The first acute signal of the national content (else the first signal): the example "In onze gemeente" block goes there. */
export function voorbeeldSignaal(contentDir: string): string {
  const bestanden = readdirSync(join(contentDir, 'signalen'))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const acuut = bestanden.find((f) => /^urgentie:\s*acuut\s*$/m.test(readFileSync(join(contentDir, 'signalen', f), 'utf8')));
  return (acuut ?? bestanden[0]).replace(/\.mdx$/, '');
}

export function starterLokaal(naam: string): string {
  return `In ${naam} werkt het zo (voorbeeld: vervang deze tekst door jullie eigen afspraken):

1. Wie dit signaal ziet, belt dezelfde dag het Zorg- en Veiligheidshuis of Veilig Thuis.
2. Het team bespreekt binnen twee werkdagen wie wat doet.
3. Twijfel je? Bel het team Jeugd en Veiligheid van de gemeente.
`;
}

/**
 * Writes the starter edition into `map`; returns the files written, or a
 * Dutch message why not.
 */
export function maakEditie(
  map: string,
  naam: string,
  contentDir: string,
  datum = new Date().toISOString().slice(0, 10),
): { bestanden: string[] } | { melding: string } {
  if (!naam.trim()) return { melding: 'Geef een naam, bijv.: npm run nieuwe-editie -- editions/veendijk Veendijk' };
  if (existsSync(map) && readdirSync(map).length > 0) {
    return {
      melding: `De map ${map} bestaat al en is niet leeg; er is niets overschreven. Kies een nieuwe map, of verwijder deze eerst zelf.`,
    };
  }
  const signaal = voorbeeldSignaal(contentDir);
  const bestanden: Record<string, string> = {
    'editie.yaml': starterYaml(naam, { datum }),
    'thema.css': starterThema(),
    'logo.svg': starterLogo(naam),
    [`lokaal/${signaal}.md`]: starterLokaal(naam),
  };
  mkdirSync(join(map, 'lokaal'), { recursive: true });
  for (const [pad, tekst] of Object.entries(bestanden)) writeFileSync(join(map, pad), tekst, { flag: 'wx' });
  return { bestanden: Object.keys(bestanden) };
}
