/**
 * Search that understands a situation. A professional types what they see
 * ("kind al 4 weken niet op school, ouders zeggen dat het ziek is"), not a
 * keyword. Pagefind matches every word of a query, so a sentence often finds
 * nothing. This module ranks the signals instead, the way a person reads the
 * sentence: every informative word counts, none is required.
 *
 * - At build time `bouwSituatieIndex` turns each signal's title, search terms,
 *   observations ("Wat zie je?" as data), summary and risks into weighted
 *   terms (with compound parts and glossary synonyms), and writes a small
 *   JSON index next to Pagefind's.
 * - In the browser `rangschikSignalen` scores the signals for a query with
 *   BM25-style weights. A query word matches a term exactly, by a shared
 *   stem, as the start of a longer word, with one typing error, or as a
 *   compound of two known words.
 *
 * Pure and dependency-free: the browser loads this module with the search UI.
 */

/** Lower-case words without diacritics ("Roemenië" → "roemenie"); digits are words too. */
export function normaliseer(tekst: string): string[] {
  return (
    tekst
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Dutch function words and words that occur in almost every situation
 * ("kind", "ouders" are not here: the index weighs those by how rare they are).
 */
export const STOPWOORDEN = new Set(
  (
    'aan al alle alleen als altijd ander andere at ben bij bijna blijft daar daarna dan dat de deze die dit doen doet door du dus een eens en er ervan ' +
    'ga gaan gaat geen had heb hebben heeft hem hen het hier hij hoe hoor hun iemand ik in is ja je jij jou jouw jr kan komt kon kunnen laat maar me meer ' +
    'men met mij mijn moet na naar niet niets nog nooit nu of om omdat ons onze ook op over paar per sinds steeds te tegen toch toen tot u uit van veel ' +
    'voor vaak want was wat we wel welke werd wie wij wil wilt word worden wordt zal ze zeer zegt zeggen zei zelf zich zie zien zij zijn zo zou zoals ' +
    'beetje erg heel keer keren dag dagen week weken maand maanden jaar jaren jr oud oude nieuwe laatste eerste derde tweede vierde vorige volgende ' +
    'haar hen hem hun zijn elke ieder iedere weer nog ziet zag gezien zegt zei gezegd vertelt vertelde lijkt lijken krijgt kregen wordt werden ' +
    'even echt gewoon misschien soms waar wanneer waarom binnenkort gisteren vandaag morgen nou dus alweer'
  ).split(' '),
);

/** How a signal shows in a result list, and what it is filtered by (as its page's Pagefind filters). */
export interface SignaalWeergave {
  samenvatting: string;
  type: string;
  thema?: string;
  urgentie?: string;
  filters: Record<string, string[]>;
}

export interface SignaalInvoer {
  id: string;
  url: string;
  titel: string;
  weergave: SignaalWeergave;
  /** The signal's observations (id and words), also scored one by one. */
  observaties: { id: string; tekst: string }[];
  /** Texts with a weight: the heavier, the more a match counts. */
  velden: { tekst: string; gewicht: number }[];
}

/** Weighted terms of a set of documents (signals, or observations). */
export interface Documenten {
  /** term → [document index, weight] pairs. */
  termen: Record<string, [number, number][]>;
  /** Sum of a document's term weights, for length normalisation. */
  lengtes: number[];
}

export interface SituatieIndex extends Documenten {
  versie: 2;
  signalen: ({ id: string; url: string; titel: string } & SignaalWeergave)[];
  /**
   * Every observation as a document of its own, with the signals it belongs
   * to: a sentence that describes one observation well lifts its signals,
   * even where its words are spread thinly over a signal's whole text.
   */
  observaties: Documenten & { signalen: number[][] };
}

function documenten(velden: readonly { tekst: string; gewicht: number }[][]): Documenten {
  const termen: Record<string, [number, number][]> = {};
  const lengtes: number[] = [];
  velden.forEach((doc, i) => {
    const gewichten = new Map<string, number>();
    for (const { tekst, gewicht } of doc) {
      // Within one field a repeated word counts once: a long text is not more about a word than a short one.
      for (const w of new Set(normaliseer(tekst))) {
        if (STOPWOORDEN.has(w) || w.length < 2) continue;
        gewichten.set(w, (gewichten.get(w) ?? 0) + gewicht);
      }
    }
    let lengte = 0;
    for (const [w, g] of gewichten) {
      (termen[w] ??= []).push([i, Math.round(g * 10) / 10]);
      lengte += g;
    }
    lengtes.push(Math.round(lengte * 10) / 10);
  });
  return { termen, lengtes };
}

/** A word's stem for matching: common Dutch inflection endings removed ("trouwen", "trouwt" → "trouw"). */
export function stam(woord: string): string {
  if (woord.length < 5 || /^\d+$/.test(woord)) return woord;
  return woord.replace(/(heden|heid|ingen|ing|ende|en|es|e|s|t|d)$/, '').replace(/(.)\1$/, '$1');
}

/** Builds the index from the signals' weighted texts and their observations. */
export function bouwSituatieIndex(signalen: readonly SignaalInvoer[]): SituatieIndex {
  const obsIds = [...new Set(signalen.flatMap((s) => s.observaties.map((o) => o.id)))].sort();
  const obsTekst = new Map(signalen.flatMap((s) => s.observaties.map((o) => [o.id, o.tekst] as const)));
  const obs = documenten(obsIds.map((id) => [{ tekst: obsTekst.get(id)!, gewicht: 1 }]));
  return {
    versie: 2,
    signalen: signalen.map(({ id, url, titel, weergave }) => ({ id, url, titel, ...weergave })),
    ...documenten(signalen.map((s) => s.velden)),
    observaties: {
      ...obs,
      signalen: obsIds.map((id) => signalen.flatMap((s, i) => (s.observaties.some((o) => o.id === id) ? [i] : []))),
    },
  };
}

/** Edit distance of at most 1 (one letter wrong, missing, extra, or two swapped). */
export function eenFoutVerschil(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How well a query word matches each index term it can mean: term → quality (0–1). */
export function kandidaten(woord: string, woordenlijst: readonly string[], bekend: ReadonlySet<string>): Map<string, number> {
  const uit = new Map<string, number>();
  const zet = (t: string, q: number) => uit.set(t, Math.max(uit.get(t) ?? 0, q));
  if (bekend.has(woord)) zet(woord, 1);
  const s = stam(woord);
  const numeriek = /^\d+$/.test(woord);
  for (const t of woordenlijst) {
    if (t === woord || numeriek) continue;
    if (woord.length >= 5 && stam(t) === s) zet(t, 0.9);
    else if (woord.length >= 4 && t.startsWith(woord)) zet(t, woord.length >= 6 ? 0.8 : 0.6);
    else if (t.length >= 5 && woord.startsWith(t) && woord.length - t.length <= 4) zet(t, 0.7);
    else if (woord.length >= 5 && t.length >= 5 && eenFoutVerschil(woord, t)) zet(t, 0.6);
  }
  // A compound ("verzuimdossier", "politiemutaties", "kindhuwelijk"): its longest known head and tail.
  if (!bekend.has(woord) && woord.length >= 8) {
    let kop = '';
    let staart = '';
    for (const t of woordenlijst) {
      // Both parts of at least four letters: "aangehouden" is not "aan" + "gehouden".
      if (t.length < 4 || t.length > woord.length - 4) continue;
      if (woord.startsWith(t) && t.length > kop.length) kop = t;
      if (woord.endsWith(t) && t.length > staart.length) staart = t;
    }
    if (kop) zet(kop, 0.6);
    if (staart) zet(staart, 0.6);
  }
  return uit;
}

export type SignaalTreffer = SituatieIndex['signalen'][number] & {
  score: number;
  /** The query words that matched, to mark them and to explain the match. */
  woorden: string[];
};

const GETALLEN =
  'nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig'.split(
    ' ',
  );

/**
 * The informative words of a query: normalised, without function words, each
 * once. A number up to twenty is read as its word ("4" → "vier"), so that an
 * age finds "vierjarige" or "zestien jaar"; larger numbers are left out.
 */
export function zoekwoorden(vraag: string): string[] {
  const woorden = normaliseer(vraag).map((w) => (/^\d+$/.test(w) ? (GETALLEN[Number(w)] ?? '') : w));
  return [...new Set(woorden.filter((w) => w.length >= 2 && !STOPWOORDEN.has(w)))];
}

/**
 * BM25 parameters. A high K1 lets a term's field weight count almost
 * linearly (a title or observation match outweighs a mention in passing);
 * B normalises for signals with much text. Chosen on the situation set with
 * two-fold cross-checking (even and odd sentences gave the same recall@3),
 * so they are not fitted to one half: see README "Zoeken".
 */
const K1 = 10;
const B = 0.6;

/** Weight of the best-matching observation in a signal's score. */
const OBSERVATIE_GEWICHT = 2;

/** BM25 scores of every document for the query words, with the words each matched. */
function scores(docs: Documenten, woorden: readonly string[], kandidatenVan: (w: string) => Map<string, number>) {
  const n = docs.lengtes.length;
  const gemiddeld = docs.lengtes.reduce((a, b) => a + b, 0) / Math.max(1, n) || 1;
  const score = new Float64Array(n);
  const gematcht: string[][] = docs.lengtes.map(() => []);
  for (const woord of woorden) {
    const beste = new Float64Array(n);
    for (const [term, kwaliteit] of kandidatenVan(woord)) {
      const postings = docs.termen[term];
      if (!postings) continue;
      const idf = Math.log(1 + (n - postings.length + 0.5) / (postings.length + 0.5));
      for (const [i, g] of postings) {
        const norm = 1 - B + (B * docs.lengtes[i]) / gemiddeld;
        const w = (kwaliteit * idf * (g * (K1 + 1))) / (g + K1 * norm);
        if (w > beste[i]) beste[i] = w;
      }
    }
    for (let i = 0; i < n; i++) {
      if (beste[i] > 0) {
        score[i] += beste[i];
        gematcht[i].push(woord);
      }
    }
  }
  return { score, gematcht };
}

/**
 * Ranks the signals for a query, best first; signals that match no word are
 * left out. A signal's score is its own BM25 score plus that of its
 * best-matching observation. Scores are comparable within one query only.
 */
export function rangschikSignalen(index: SituatieIndex, vraag: string, voorbereid = bereidVoor(index)): SignaalTreffer[] {
  const woorden = zoekwoorden(vraag);
  const cache = new Map<string, Map<string, number>>();
  const kandidatenVan = (w: string) => {
    let k = cache.get(w);
    if (!k) cache.set(w, (k = kandidaten(w, voorbereid.woordenlijst, voorbereid.bekend)));
    return k;
  };
  const eigen = scores(index, woorden, kandidatenVan);
  const obs = scores(index.observaties, woorden, kandidatenVan);
  const besteObs = new Float64Array(index.signalen.length);
  index.observaties.signalen.forEach((bij, o) => {
    for (const i of bij) if (obs.score[o] > besteObs[i]) besteObs[i] = obs.score[o];
  });
  return index.signalen
    .map((s, i) => ({
      ...s,
      score: Math.round((eigen.score[i] + OBSERVATIE_GEWICHT * besteObs[i]) * 1000) / 1000,
      woorden: eigen.gematcht[i],
    }))
    .filter((t) => t.score > 0)
    .sort((a, b) => b.score - a.score || a.titel.localeCompare(b.titel, 'nl'));
}

/** What ranking needs besides the index, computed once per index. */
export function bereidVoor(index: SituatieIndex) {
  const woordenlijst = [...new Set([...Object.keys(index.termen), ...Object.keys(index.observaties.termen)])];
  return { woordenlijst, bekend: new Set(woordenlijst) };
}
