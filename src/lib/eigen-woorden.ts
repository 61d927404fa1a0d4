/**
 * "Write in your own words": finds runs of words that a content text shares
 * word for word with the source documents. Facts, names and figures carry
 * over, so short runs are fine; a long run is a pasted sentence.
 */
const SHINGLE = 8;

/** Lower-case words, punctuation removed. */
function woordenVan(tekst: string): string[] {
  return tekst.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every run of SHINGLE consecutive words in the sources. */
export function bronReeksen(bronnen: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const b of bronnen) {
    const w = woordenVan(b);
    for (let i = 0; i + SHINGLE <= w.length; i++) set.add(w.slice(i, i + SHINGLE).join(' '));
  }
  return set;
}

/** The runs of at least `min` words that a text shares with the sources. */
export function gedeeldeReeksen(tekst: string, bron: ReadonlySet<string>, min: number): string[] {
  const w = woordenVan(tekst);
  const uit: string[] = [];
  let i = 0;
  while (i + SHINGLE <= w.length) {
    if (!bron.has(w.slice(i, i + SHINGLE).join(' '))) {
      i++;
      continue;
    }
    let j = i;
    while (j + SHINGLE <= w.length && bron.has(w.slice(j, j + SHINGLE).join(' '))) j++;
    const lengte = j - i + SHINGLE - 1;
    if (lengte >= min) uit.push(w.slice(i, i + lengte).join(' '));
    i = j + SHINGLE - 1;
  }
  return uit;
}
