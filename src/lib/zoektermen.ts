/**
 * Search terms for Pagefind, computed at build time:
 *
 * - Compound splitting. Dutch glues words together: a professional types
 *   "verzuim" while the page says "schoolverzuim". A compound in a title,
 *   heading or search term is split into two parts when both parts (of at
 *   least MIN_DEEL letters, optionally joined by a linking "s", "e" or "en")
 *   are words of our own corpus, so "verkeer" (ver + keer) and
 *   "bestuur" (bes + tuur) are left alone. Deterministic: the longest
 *   valid head wins.
 * - Synonyms. A begrip's term, abbreviation and aliases form one group; a
 *   page that uses one of them gets the others as search terms, so that
 *   "kindhuwelijk" finds a page that says "uithuwelijking".
 */
import { Geheugen, GEHEUGEN_PLAATSEN } from './geheugen.ts';

/** Minimal length of each part of a split compound. */
export const MIN_DEEL = 4;
const VERBINDINGEN = ['', 's', 'e', 'en'];

/** Lower-case words (letters only, diacritics kept) of a text. */
export function woorden(tekst: string): string[] {
  return tekst.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** The long words of a long text (a page body), kept per text: the search metadata and the situation index both read every body. */
const langeWoorden = new Geheugen<string, readonly string[]>(GEHEUGEN_PLAATSEN);

/** The vocabulary of a corpus: every word of at least MIN_DEEL letters. */
export function lexicon(teksten: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const t of teksten) {
    let ws = t.length > 200 ? langeWoorden.get(t) : undefined;
    if (!ws) {
      ws = woorden(t).filter((w) => w.length >= MIN_DEEL);
      if (t.length > 200) langeWoorden.set(t, ws);
    }
    for (const w of ws) set.add(w);
  }
  return set;
}

/**
 * Splits one word into the parts of a compound, or returns [] when it is
 * not a compound of known words. The tail may itself be split once more
 * (leerplichtambtenaar → leerplicht + ambtenaar, and leer + plicht).
 */
export function splitCompound(woord: string, lex: ReadonlySet<string>, diepte = 2): string[] {
  const w = woord.toLowerCase();
  for (let i = w.length - MIN_DEEL; i >= MIN_DEEL; i--) {
    const kop = w.slice(0, i);
    if (!lex.has(kop)) continue;
    for (const v of VERBINDINGEN) {
      if (!w.startsWith(v, i)) continue;
      const staart = w.slice(i + v.length);
      if (staart.length < MIN_DEEL) continue;
      if (lex.has(staart)) return [kop, staart];
      if (diepte > 1) {
        const delen = splitCompound(staart, lex, diepte - 1);
        if (delen.length) return [kop, ...delen];
      }
    }
  }
  return [];
}

/** Every part of every compound in the given texts (unique, in order of appearance). */
export function compoundDelen(teksten: readonly string[], lex: ReadonlySet<string>): string[] {
  const uit = new Set<string>();
  for (const t of teksten) {
    for (const w of woorden(t)) {
      for (const deel of splitCompound(w, lex)) uit.add(deel);
    }
  }
  return [...uit];
}

/** A group of words that mean the same (a begrip's term, abbreviation and aliases). */
export type SynoniemGroep = readonly string[];

/** Lower-case words separated by single spaces, with a space at both ends: whole words are " woord ". */
function genormaliseerd(tekst: string): string {
  return ` ${tekst
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Prepares the synonym groups once and returns a function giving the
 * synonyms a text should also be found by: the other members of each group
 * it mentions as whole words. Runs for every page: each text looks only at
 * the terms that start with one of its own words, so the cost grows with the
 * text, not with the size of the glossary.
 */
export function synoniemZoeker(groepen: readonly SynoniemGroep[]): (tekst: string) => string[] {
  // Every term, indexed by its first word: a text only checks the terms that can occur in it.
  const perEersteWoord = new Map<string, { groep: number; vorm: string }[]>();
  const voorbereid = groepen.map((g, groep) =>
    g
      .filter((t) => t.trim())
      .map((term) => {
        const vorm = genormaliseerd(term);
        const eerste = vorm.trim().split(' ')[0];
        const lijst = perEersteWoord.get(eerste) ?? [];
        lijst.push({ groep, vorm });
        perEersteWoord.set(eerste, lijst);
        return { term, vorm };
      }),
  );
  return (tekst) => {
    const t = genormaliseerd(tekst);
    const gevonden = new Set<number>();
    for (const woord of new Set(t.trim().split(' '))) {
      for (const kandidaat of perEersteWoord.get(woord) ?? []) if (t.includes(kandidaat.vorm)) gevonden.add(kandidaat.groep);
    }
    const uit = new Set<string>();
    for (const groep of [...gevonden].sort((a, b) => a - b)) {
      for (const x of voorbereid[groep]) if (!t.includes(x.vorm)) uit.add(x.term);
    }
    return [...uit];
  };
}

/** The synonyms a text should also be found by (see synoniemZoeker). */
export function synoniemenVoor(tekst: string, groepen: readonly SynoniemGroep[]): string[] {
  return synoniemZoeker(groepen)(tekst);
}

/** Level-2 and level-3 headings of a Markdown body. */
export function koppenVan(body: string): string[] {
  return [...body.matchAll(/^#{2,3} +(.+?) *$/gm)].map((m) => m[1]);
}

/** Minimal length of a word before its typing-error variants are indexed. */
export const MIN_VARIANT = 7;

/**
 * Variants of a word with one letter left out — the most common typing error
 * on a phone ("uitschrijvng", "uithuwlijking"). Indexed for a signal's title
 * and terms, so that a query with one missing letter still finds it. A
 * variant that is itself a word of the corpus is left out.
 */
export function typVarianten(woord: string, lex: ReadonlySet<string>): string[] {
  const w = woord.toLowerCase();
  if (w.length < MIN_VARIANT) return [];
  const uit = new Set<string>();
  for (let i = 0; i < w.length; i++) {
    const v = w.slice(0, i) + w.slice(i + 1);
    if (v !== w && !lex.has(v)) uit.add(v);
  }
  return [...uit];
}
