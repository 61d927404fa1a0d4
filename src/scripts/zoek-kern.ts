/**
 * The search engine of the site, in the browser: Pagefind for every page,
 * and the situation ranking (src/lib/situatie.ts) for the signals, fused
 * into one list.
 *
 * - A query of one or two words goes to Pagefind as typed: keywords,
 *   abbreviations and names work as they always did.
 * - A longer query is a situation. Pagefind would require every word, so it
 *   gets only the informative words; if that finds fewer than three pages,
 *   each word is searched apart and pages are ranked by how many words they
 *   match. The situation ranking weighs every word against each signal's
 *   title, terms and observations.
 * - Both lists are fused by reciprocal rank, the situation ranking weighing
 *   more as the query gets longer. Nothing is sent anywhere: Pagefind and the
 *   signal index are static files of this site.
 */
import { RANKING } from '../lib/search.ts';
import {
  bereidVoor,
  normaliseer,
  rangschikSignalen,
  zoekwoorden,
  STOPWOORDEN,
  type SituatieIndex,
  type SignaalTreffer,
} from '../lib/situatie.ts';
import { landnamen } from './landen.ts';

export interface Resultaat {
  /** Absolute path on this site. */
  url: string;
  titel: string;
  type: string;
  thema?: string;
  urgentie?: string;
  /** Pagefind's excerpt (HTML with <mark>), or a signal's summary as text. */
  uittreksel: string;
  uittrekselIsHtml: boolean;
  filters: Record<string, string[]>;
  score: number;
}

export interface Zoekuitkomst {
  vraag: string;
  /** Words to mark on the page a result opens. */
  woorden: string[];
  resultaten: Resultaat[];
  /** Signals closest to the query, for "Bedoelde je…" when the results are weak. */
  suggesties: SignaalTreffer[];
  /** True when Pagefind found nothing for the query as a whole. */
  zwak: boolean;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

const basis = document.documentElement.dataset.basis ?? '/';
const bundel = document.documentElement.dataset.pagefind ?? `${basis}pagefind/`;

let motor: Promise<{ pf: Pagefind; index: SituatieIndex; voorbereid: ReturnType<typeof bereidVoor> }> | undefined;

/** Loads Pagefind and the signal index once (both are cached by the service worker for offline use). */
export function laadMotor() {
  motor ??= (async () => {
    const [pf, index] = await Promise.all([
      import(/* @vite-ignore */ `${bundel}pagefind.js`) as Promise<Pagefind>,
      fetch(`${basis}zoeken/signalen.json`).then((r) => {
        if (!r.ok) throw new Error(`Zoekindex niet gevonden (${r.status})`);
        return r.json() as Promise<SituatieIndex>;
      }),
    ]);
    await pf.options({ ranking: RANKING, baseUrl: basis });
    return { pf, index, voorbereid: bereidVoor(index) };
  })();
  return motor;
}

/** The words of a query that Pagefind should match: as typed, without function words. */
function pagefindWoorden(vraag: string): string[] {
  const woorden = vraag.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  return woorden.filter((w) => !STOPWOORDEN.has(normaliseer(w).join('')));
}

/** A country name in the query also means "buitenland" (Intl knows every country's Dutch name). */
function metLanden(vraag: string): string {
  const landen = landnamen();
  return normaliseer(vraag).some((w) => landen.has(w)) ? `${vraag} buitenland` : vraag;
}

const K = 2;

/** The query words the signal index knows, rarest first (a word it does not know says little about the model). */
function zeldzaamsteWoorden(index: SituatieIndex, woorden: readonly string[], n: number): string[] {
  const df = (w: string) => index.termen[w]?.length ?? index.observaties.termen[w]?.length ?? 0;
  return woorden
    .filter((w) => df(w) > 0 && !/^\d+$/.test(w))
    .sort((a, b) => df(a) - df(b))
    .slice(0, n);
}

/**
 * Pagefind's list for a query. One or two words go as typed. A situation
 * goes as its (at most three) rarest informative words: Pagefind would
 * otherwise require every word, and each word can cost an index chunk of
 * some 25 KB on the first search. If that finds fewer than three pages, each
 * of those words is searched apart and pages that match more words rank higher.
 */
async function pagefindLijst(
  pf: Pagefind,
  vraag: string,
  zeldzaam: readonly string[],
): Promise<{ lijst: PagefindResult[]; zwak: boolean }> {
  const woorden = pagefindWoorden(vraag);
  if (woorden.length <= 2) {
    const r = await pf.search(vraag);
    if (r.results.length || woorden.length < 2) return { lijst: r.results, zwak: r.results.length === 0 };
  }
  const kern = zeldzaam.length ? zeldzaam : woorden.slice(0, 3);
  const samen = await pf.search(kern.join(' '));
  if (samen.results.length >= 3) return { lijst: samen.results, zwak: false };
  // Relax: every word apart; a page that matches more words ranks higher.
  const perWoord = await Promise.all(kern.map((w) => pf.search(w)));
  const telling = new Map<string, { r: PagefindResult; n: number; s: number }>();
  for (const r of samen.results) telling.set(r.id, { r, n: kern.length, s: 1 });
  perWoord.forEach((res) => {
    const max = res.results[0]?.score || 1;
    for (const r of res.results.slice(0, 30)) {
      const t = telling.get(r.id) ?? { r, n: 0, s: 0 };
      t.n += 1;
      t.s += r.score / max;
      telling.set(r.id, t);
    }
  });
  const lijst = [...telling.values()].sort((a, b) => b.n - a.n || b.s - a.s).map((t) => t.r);
  return { lijst, zwak: samen.results.length === 0 };
}

/** Searches the site for a query (a keyword or a whole situation). */
export async function zoek(vraag: string): Promise<Zoekuitkomst> {
  const { pf, index, voorbereid } = await laadMotor();
  const schoon = vraag.trim();
  const woorden = zoekwoorden(schoon);
  if (!schoon) return { vraag, woorden, resultaten: [], suggesties: [], zwak: false };
  const signalen = rangschikSignalen(index, metLanden(schoon), voorbereid);
  const pagefind = await pagefindLijst(pf, schoon, zeldzaamsteWoorden(index, woorden, 3));
  // Only the results that can make the list: every excerpt is a request.
  const pfData = await Promise.all(pagefind.lijst.slice(0, woorden.length >= 3 ? 10 : 20).map((r) => r.data()));
  const situatie = woorden.length >= 3;
  // One word: Pagefind's own ranking (tuned on the keyword set) stands; the longer the query, the more the signal ranking counts.
  const gewichtSignalen = situatie ? 3 : pfData.length < 3 ? 0.3 : 0;
  const top = signalen[0]?.score ?? 0;
  const sterk = signalen.filter((s) => s.score >= top * 0.35).slice(0, 8);

  const perUrl = new Map<string, Resultaat>();
  pfData.forEach((d, i) => {
    perUrl.set(d.url, {
      url: d.url,
      titel: d.meta.title ?? d.url,
      type: d.meta.type ?? '',
      thema: d.meta.thema,
      urgentie: d.meta.urgentie,
      uittreksel: d.excerpt,
      uittrekselIsHtml: true,
      filters: d.filters,
      score: 1 / (K + i + 1),
    });
  });
  // A keyword query that Pagefind answers keeps Pagefind's pages; the signal ranking only reorders them.
  const magToevoegen = situatie || pfData.length < 3;
  sterk.forEach((s, i) => {
    const url = `${basis}${s.url}`;
    const bestaand = perUrl.get(url);
    const bijdrage = gewichtSignalen / (K + i + 1);
    if (bestaand) bestaand.score += bijdrage;
    else if (magToevoegen)
      perUrl.set(url, {
        url,
        titel: s.titel,
        type: s.type,
        thema: s.thema,
        urgentie: s.urgentie,
        uittreksel: s.samenvatting,
        uittrekselIsHtml: false,
        filters: s.filters,
        score: bijdrage,
      });
  });
  // A short query of several words that a page's title holds entirely ("Wet BRP") names that page.
  if (woorden.length >= 2 && !situatie) {
    for (const r of perUrl.values()) {
      const titel = new Set(normaliseer(r.titel));
      if (woorden.every((w) => titel.has(w))) r.score += 0.5;
    }
  }
  const resultaten = [...perUrl.values()].sort((a, b) => b.score - a.score);
  return { vraag, woorden, resultaten, suggesties: signalen.slice(0, 3), zwak: pagefind.zwak };
}
