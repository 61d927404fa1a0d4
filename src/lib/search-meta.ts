/**
 * What Pagefind indexes about each page besides its text: filters (type,
 * thema, fase, organisatie, urgentie), metadata for result lines, and extra
 * search terms (compound parts and synonyms, see zoektermen.ts). Computed
 * once for the whole graph at build time.
 */
import type { AnyNode, EntryMap, Graph } from './graph.ts';
import { compoundDelen, koppenVan, lexicon, synoniemZoeker, typVarianten, woorden, type SynoniemGroep } from './zoektermen.ts';
import { SECTIES, STRUCTUUR, type Fase, type Urgentie } from './model.ts';
import type { SignaalInvoer } from './situatie.ts';
import { sectieTekst } from './body.ts';

export interface ZoekMeta {
  filters: { type: string[]; thema: string[]; fase: string[]; organisatie: string[]; urgentie: string[] };
  /** Shown in result lines. */
  meta: { type: string; thema?: string; urgentie?: string };
  /** A signal's own title words and search terms: weighted most. */
  zoektermen: string[];
  /** Every page's extra terms: compound parts and synonyms of its title, headings and terms. */
  termen: string[];
  /** For signals: its title and terms with one letter left out, to forgive a typing error. */
  varianten: string[];
}

export interface Labels {
  type: (n: AnyNode) => string;
  fase: (f: Fase) => string;
  urgentie: (u: Urgentie) => string;
}

const uniek = (xs: Iterable<string>) => [...new Set(xs)];

function tekstVelden(n: AnyNode): { titel: string; zoektermen: string[]; samenvatting: string } {
  const d = n.data;
  return {
    titel: n.titel,
    zoektermen: [
      ...('zoektermen' in d ? d.zoektermen : []),
      ...('aliassen' in d ? d.aliassen : []),
      ...('afkorting' in d && d.afkorting ? [d.afkorting] : []),
    ],
    samenvatting: n.samenvatting ?? '',
  };
}

/** Search metadata for every node, keyed "collection/id". `body` gives a node's Markdown, if any. */
export function zoekMetadata<E extends EntryMap>(
  graph: Graph<E>,
  labels: Labels,
  body: (n: AnyNode<E>) => string | undefined,
): Map<string, ZoekMeta> {
  const alle = graph.alle();
  const lex = lexicon(
    alle.flatMap((n) => {
      const v = tekstVelden(n);
      return [v.titel, v.samenvatting, ...v.zoektermen, body(n) ?? ''];
    }),
  );
  const groepen: SynoniemGroep[] = graph.begrippen.map((b) =>
    uniek([b.data.term, ...(b.data.afkorting ? [b.data.afkorting] : []), ...b.data.aliassen]),
  );
  const synoniemenVoor = synoniemZoeker(groepen);
  const uit = new Map<string, ZoekMeta>();
  for (const n of alle) {
    const v = tekstVelden(n);
    // The fixed headings of a type ("Wat zie je?", "Achtergrond") say nothing about the page.
    const vast = new Set((STRUCTUUR[n.collection] ?? []).map((k) => k.replace(/^## /, '')));
    const koppen = koppenVan(body(n) ?? '').filter((k) => !vast.has(k));
    const eigen = [v.titel, ...v.zoektermen, ...koppen];
    // Synonyms of what the page is about (title and terms), not of everything its summary mentions.
    const synoniemen = synoniemenVoor([v.titel, ...v.zoektermen].join(' \n '));
    const delen = compoundDelen([...eigen, ...synoniemen], lex);
    const termen = uniek([...synoniemen, ...delen]);
    const filters: ZoekMeta['filters'] = { type: [labels.type(n)], thema: [], fase: [], organisatie: [], urgentie: [] };
    switch (n.collection) {
      case 'signalen':
        filters.thema = n.themas.map((t) => t.titel);
        filters.fase = n.fasen.filter((f) => f.stappen.length).map((f) => labels.fase(f.fase));
        filters.organisatie = n.organisaties.map((o) => o.titel);
        filters.urgentie = [labels.urgentie(n.data.urgentie)];
        break;
      case 'interventies':
        filters.thema = uniek([...n.themas, ...n.signalen.flatMap((s) => s.signaal.themas)].map((t) => t.titel));
        filters.fase = n.data.fasen.map(labels.fase);
        filters.organisatie = n.uitvoerders.map((u) => u.organisatie.titel);
        break;
      case 'organisaties':
        filters.organisatie = [n.titel];
        filters.fase = uniek(n.signalen.map((s) => labels.fase(s.fase)));
        filters.thema = uniek(n.signalen.flatMap((s) => s.signaal.themas.map((t) => t.titel)));
        break;
      case 'themas':
        filters.thema = [n.titel];
        break;
      case 'casussen':
        filters.thema = n.themas.map((t) => t.titel);
        break;
      default:
        break;
    }
    for (const k of Object.keys(filters) as (keyof ZoekMeta['filters'])[]) filters[k] = uniek(filters[k]);
    uit.set(`${n.collection}/${n.id}`, {
      filters,
      meta: { type: labels.type(n), thema: filters.thema.slice(0, 2).join(', ') || undefined, urgentie: filters.urgentie[0] },
      zoektermen: n.collection === 'signalen' ? uniek(v.zoektermen) : [],
      termen: uniek([...(n.collection === 'signalen' ? [] : v.zoektermen), ...termen]),
      varianten:
        n.collection === 'signalen'
          ? uniek([v.titel, ...v.zoektermen].flatMap(woorden).flatMap((w) => typVarianten(w, lex)))
          : [],
    });
  }
  return uit;
}

/**
 * What the situation search (situatie.ts) indexes of each signal, with
 * weights: its title and search terms weigh most, then the observations (what
 * a professional sees, in plain words), then summary, risks and the text of
 * "Wat zie je?". Compound parts and glossary synonyms of the title, terms and
 * observations are added, as for Pagefind.
 */
export function situatieInvoer<E extends EntryMap>(
  graph: Graph<E>,
  body: (n: AnyNode<E>) => string | undefined,
  url: (n: AnyNode<E>) => string,
  meta: ReadonlyMap<string, ZoekMeta>,
): SignaalInvoer[] {
  const lex = lexicon(graph.alle().flatMap((n) => [n.titel, 'samenvatting' in n.data ? n.data.samenvatting : '', body(n) ?? '']));
  const groepen: SynoniemGroep[] = graph.begrippen.map((b) =>
    uniek([b.data.term, ...(b.data.afkorting ? [b.data.afkorting] : []), ...b.data.aliassen]),
  );
  const synoniemenVoor = synoniemZoeker(groepen);
  return graph.signalen.map((s) => {
    const observaties = s.observaties.flatMap((o) => [o.data.tekst, ...o.data.zoektermen]);
    const kern = [s.titel, ...s.data.zoektermen, ...observaties];
    const extra = uniek([...synoniemenVoor(kern.join(' \n ')), ...compoundDelen(kern, lex)]);
    const m = meta.get(`signalen/${s.id}`);
    return {
      id: s.id,
      url: url(s),
      titel: s.titel,
      observaties: s.observaties.map((o) => ({ id: o.id, tekst: [o.data.tekst, ...o.data.zoektermen].join(' \n ') })),
      weergave: {
        samenvatting: s.data.samenvatting,
        type: m?.meta.type ?? '',
        thema: m?.meta.thema,
        urgentie: m?.meta.urgentie,
        filters: m?.filters ?? {},
      },
      velden: [
        { tekst: s.titel, gewicht: 4 },
        { tekst: s.data.zoektermen.join(' '), gewicht: 4 },
        { tekst: observaties.join(' '), gewicht: 3 },
        { tekst: extra.join(' '), gewicht: 2 },
        { tekst: s.data.samenvatting, gewicht: 2 },
        { tekst: s.data.wijstOp.join(' '), gewicht: 1.5 },
        { tekst: sectieTekst(body(s) ?? '', SECTIES.signalen.watZieJe), gewicht: 1 },
      ],
    };
  });
}
