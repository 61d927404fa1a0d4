/** A problem found in content: which file, which field, and what is wrong. */
export interface Probleem {
  bestand: string;
  /** The field path (e.g. "interventies.0.fase"), a line, or absent for the whole file. */
  veld?: string;
  melding: string;
}

/** Schema issues (as Zod reports them) as problems of one file; an issue of the whole value has no field. */
export function schemaProblemen(
  bestand: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Probleem[] {
  return issues.map((i) => ({ bestand, veld: i.path.length ? i.path.map(String).join('.') : undefined, melding: i.message }));
}

/** The first line of a report: how many, in how many files. */
type Kop = (aantal: number, bestanden: number) => string;
const bestandenTekst = (b: number) => `${b} ${b === 1 ? 'bestand' : 'bestanden'}`;
const PROBLEMEN_KOP: Kop = (n, b) => `Inhoudscontrole: ${n} ${n === 1 ? 'probleem' : 'problemen'} in ${bestandenTekst(b)}.`;

/** Points for attention: they do not stop the check or the build (unless the edition is streng). */
export const AANDACHTSPUNTEN_KOP: Kop = (n, b) =>
  `Aandachtspunten: ${n} in ${bestandenTekst(b)} (geen fout; met "streng: true" in editie.yaml wel).`;

/** A readable report of every problem, grouped by file. */
export function formatReport(problemen: readonly Probleem[], kop: Kop = PROBLEMEN_KOP): string {
  if (problemen.length === 0) return 'Inhoudscontrole: geen problemen gevonden.';
  const perBestand = new Map<string, Probleem[]>();
  for (const p of problemen) {
    const list = perBestand.get(p.bestand) ?? [];
    list.push(p);
    perBestand.set(p.bestand, list);
  }
  const lines = [kop(problemen.length, perBestand.size)];
  for (const [bestand, list] of [...perBestand].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push('', bestand);
    for (const p of list) lines.push(`  - ${p.veld ? `${p.veld}: ` : ''}${p.melding}`);
  }
  return lines.join('\n');
}
