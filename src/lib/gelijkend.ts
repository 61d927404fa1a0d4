/** Which known name did someone mean? For "bedoel je …?" in messages. */

/** Edit distance (Levenshtein), for "bedoel je …?". */
export function afstand(a: string, b: string): number {
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const rij = [i];
    for (let j = 1; j <= b.length; j++)
      rij[j] = Math.min(vorige[j] + 1, rij[j - 1] + 1, vorige[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    vorige = rij;
  }
  return vorige[b.length];
}

/** The candidate closest to a name. */
export function meestGelijkend(naam: string, kandidaten: Iterable<string>): string | undefined {
  let beste: string | undefined;
  let kleinste = Infinity;
  for (const k of kandidaten) {
    const d = afstand(naam, k);
    if (d < kleinste) [beste, kleinste] = [k, d];
  }
  return beste;
}
