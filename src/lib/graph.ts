/**
 * The barrier-model graph: turns the collections into signals with their
 * interventions per phase and the organisations responsible, plus every
 * reverse link. Pure and synchronous; pages ask this graph and never derive
 * relations themselves. All lists come out in a stable order.
 */
import {
  DEELPLICHTEN,
  FASEN,
  OBSERVATIE_GROEPEN,
  ROLLEN,
  URGENTIES,
  type CollectionName,
  type Deelplicht,
  type Fase,
  type GrondslagSoort,
  type Rol,
} from './model.ts';
import { refId } from './refs.ts';
import { ALARMNUMMER, type Telefoonnummer } from './telefoon.ts';
import { plaatsen, vindplaats, type Plaats, type Vindplaats } from './vindplaats.ts';
import type { Contact, DataOf } from './schema.ts';

type RefLike = string | { id: string };

/** An entry as the graph reads it: an id and validated data, with references as ids or `{ collection, id }`. */
export interface Entry<C extends CollectionName = CollectionName> {
  id: string;
  data: DataOf<C>;
}

/**
 * The entry type per collection: Astro's CollectionEntry<C> on the site, the
 * checked entries in tests. Nodes keep it, so `node.entry` and `node.data`
 * have the type of their own collection.
 */
export type EntryMap = { [C in CollectionName]: Entry<C> };

export type GraphInput<E extends EntryMap = EntryMap> = { readonly [C in CollectionName]: readonly E[C][] } & {
  /** An edition's local contact details, per organisation id. */
  contacten?: Readonly<Record<string, Contact>>;
  /** An edition's extra links from a signal to an intervention in a phase (editie.yaml `koppelingen`). */
  koppelingen?: readonly Koppeling[];
};

export interface Koppeling {
  signaal: string;
  interventie: string;
  fase: Fase;
  organisaties?: readonly string[];
  toelichting?: string;
}

/** One citation of a source, with where it points resolved for readers (section, page) and reviewers (lines). */
export interface Vermelding<E extends EntryMap = EntryMap> {
  bron: BronNode<E>;
  locatie: string;
  vindplaats: Vindplaats;
}

/** The citations of one source on an entry, so that a source prints once with its sections. */
export interface BronGroep<E extends EntryMap = EntryMap> {
  bron: BronNode<E>;
  vermeldingen: Vermelding<E>[];
  /** The places a reader looks up: one per section, with the line ranges behind it. */
  plaatsen: Plaats[];
}

interface Base<C extends CollectionName, E extends EntryMap> {
  collection: C;
  id: string;
  titel: string;
  /** The title as a page heading shows it: with the abbreviation in brackets where there is one ("Wet op de jeugdzorg (Jw)"). */
  volledigeTitel: string;
  /** The one-line description lists show: the summary, or for themes and sources their omschrijving, for concepts their uitleg. */
  samenvatting?: string;
  data: E[C]['data'];
  entry: E[C];
  bronnen: Vermelding<E>[];
  /** `bronnen` grouped per source, in the order the sources are first cited. */
  bronGroepen: BronGroep<E>[];
}

export interface Stap<E extends EntryMap = EntryMap> {
  interventie: InterventieNode<E>;
  organisaties: OrganisatieNode<E>[];
  toelichting?: string;
}

export interface SignaalNode<E extends EntryMap = EntryMap> extends Base<'signalen', E> {
  themas: ThemaNode<E>[];
  /** What a professional sees, from the observaties vocabulary. */
  observaties: ObservatieNode<E>[];
  /** Per role that has steps here: its step numbers in "Wat doe je nu?" and who it calls first. */
  perRol: { rol: Rol; stappen: number[]; bellen: OrganisatieNode<E>[] }[];
  /** Legal thresholds a professional acts on, with their framework and source. */
  drempels: { tekst: string; kader?: KaderNode<E>; bron: Vermelding<E> }[];
  /** Every phase in model order, with the steps in that phase (possibly none). */
  fasen: { fase: Fase; stappen: Stap<E>[] }[];
  organisaties: OrganisatieNode<E>[];
  casussen: CasusNode<E>[];
}

/** One ground for sharing, with its kader resolved. */
export interface Grondslag<E extends EntryMap = EntryMap> {
  soort: GrondslagSoort;
  plicht: Deelplicht;
  kader: KaderNode<E>;
  toelichting: string;
}

/** "Mag ik dit delen?" of an intervention, with every kader resolved. */
export interface Delen<E extends EntryMap = EntryMap> {
  wat: string;
  met: string[];
  grondslagen: Grondslag<E>[];
  letOp?: string;
  /** Short form for a step: per duty level (plicht first), the kinds of ground, without repeats. */
  kort: { plicht: Deelplicht; soorten: GrondslagSoort[] }[];
}

export interface InterventieNode<E extends EntryMap = EntryMap> extends Base<'interventies', E> {
  uitvoerders: { organisatie: OrganisatieNode<E>; rol: string; regie: boolean }[];
  /** The organisation that leads (regie), if one is marked. */
  regie?: OrganisatieNode<E>;
  delen: Delen<E>;
  kaders: KaderNode<E>[];
  themas: ThemaNode<E>[];
  signalen: { signaal: SignaalNode<E>; fase: Fase; organisaties: OrganisatieNode<E>[] }[];
  casussen: CasusNode<E>[];
}

export interface OrganisatieNode<E extends EntryMap = EntryMap> extends Base<'organisaties', E> {
  /** The short name for overviews and slides: the abbreviation, else the name without its explanation in brackets. */
  kort: string;
  /** The local edition's contact details for this organisation, if any. */
  lokaal?: Contact;
  interventies: { interventie: InterventieNode<E>; rol: string }[];
  /** "Wat is mijn rol": every signal where this organisation is at work, per phase. */
  signalen: { signaal: SignaalNode<E>; fase: Fase; interventie: InterventieNode<E> }[];
  /** The same, grouped by phase in model order; phases without any are left out. */
  fasen: { fase: Fase; signalen: OrganisatieNode<E>['signalen'] }[];
}

export interface ThemaNode<E extends EntryMap = EntryMap> extends Base<'themas', E> {
  signalen: SignaalNode<E>[];
  interventies: InterventieNode<E>[];
  casussen: CasusNode<E>[];
}

export interface KaderNode<E extends EntryMap = EntryMap> extends Base<'kaders', E> {
  interventies: InterventieNode<E>[];
}

export interface Citaat<E extends EntryMap = EntryMap> {
  node: AnyNode<E>;
  locatie: string;
  vindplaats: Vindplaats;
}

export interface BronNode<E extends EntryMap = EntryMap> extends Omit<Base<'bronnen', E>, 'bronnen' | 'bronGroepen'> {
  /** Every entry that cites this source, with the location it cites. */
  citaten: Citaat<E>[];
}

export interface CasusNode<E extends EntryMap = EntryMap> extends Base<'casussen', E> {
  themas: ThemaNode<E>[];
  signalen: SignaalNode<E>[];
  interventies: InterventieNode<E>[];
  /** The case's interventions per phase (an intervention in each of its phases); empty phases left out. */
  fasen: { fase: Fase; interventies: InterventieNode<E>[] }[];
}

export interface BegripNode<E extends EntryMap = EntryMap> extends Base<'begrippen', E> {
  zieOok: BegripNode<E>[];
}

export interface ObservatieNode<E extends EntryMap = EntryMap> extends Base<'observaties', E> {
  /** The signals this observation can belong to, most urgent first. */
  signalen: SignaalNode<E>[];
}

export type AnyNode<E extends EntryMap = EntryMap> =
  | SignaalNode<E>
  | InterventieNode<E>
  | OrganisatieNode<E>
  | ThemaNode<E>
  | KaderNode<E>
  | BronNode<E>
  | CasusNode<E>
  | BegripNode<E>
  | ObservatieNode<E>;

export interface Graph<E extends EntryMap = EntryMap> {
  signalen: SignaalNode<E>[];
  interventies: InterventieNode<E>[];
  organisaties: OrganisatieNode<E>[];
  themas: ThemaNode<E>[];
  kaders: KaderNode<E>[];
  bronnen: BronNode<E>[];
  casussen: CasusNode<E>[];
  begrippen: BegripNode<E>[];
  observaties: ObservatieNode<E>[];
  /** Per "wie ben je" role, in model order: the signals it typically sees (most urgent first) and the organisations where it works. */
  rollen: RolOverzicht<E>[];
  /** Looks up any node; throws with the collection and id when it does not exist. */
  get<C extends CollectionName>(collection: C, id: string): NodeOf<C, E>;
  /** All nodes that have a page, in site order (observations have none: they live on the "Ik zie iets" page). */
  alle(): AnyNode<E>[];
}

export interface RolOverzicht<E extends EntryMap = EntryMap> {
  rol: Rol;
  signalen: SignaalNode<E>[];
  organisaties: OrganisatieNode<E>[];
}

/**
 * "Titel (afkorting)", the one rule for showing a title with its
 * abbreviation; just the title when there is none, or when the title already
 * names it as a word ("BRP", "… (AVG) en de Uitvoeringswet AVG").
 */
export function metAfkorting(titel: string, afkorting?: string): string {
  if (!afkorting) return titel;
  const woord = new RegExp(`(^|[^\\p{L}\\p{N}])${afkorting.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u');
  return woord.test(titel) ? titel : `${titel} (${afkorting})`;
}

export type NodeOf<C extends CollectionName, E extends EntryMap = EntryMap> = Extract<AnyNode<E>, { collection: C }>;

const nlCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const byTitel = <N extends { titel: string; id: string }>(a: N, b: N) =>
  nlCollator.compare(a.titel, b.titel) || a.id.localeCompare(b.id);
const urgentieRang = (s: SignaalNode) => URGENTIES.indexOf(s.data.urgentie);

function uniek<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** An entry's one-line description, whichever field its collection has for it. */
function samenvattingVan(d: DataOf<CollectionName>): string | undefined {
  if ('samenvatting' in d) return d.samenvatting;
  if ('omschrijving' in d) return d.omschrijving;
  if ('uitleg' in d) return d.uitleg;
  return undefined;
}

/** Items grouped by phase, in model order, leaving out phases without items. */
function perFase<T>(items: readonly T[], inFase: (item: T, fase: Fase) => boolean): { fase: Fase; items: T[] }[] {
  return FASEN.map((fase) => ({ fase, items: items.filter((i) => inFase(i, fase)) })).filter((f) => f.items.length > 0);
}

/** Builds the graph. References must resolve (run the integrity check first). */
export function buildGraph<E extends EntryMap>(input: GraphInput<E>): Graph<E> {
  type N<C extends CollectionName> = NodeOf<C, E>;
  const maps = new Map<CollectionName, Map<string, AnyNode<E>>>();

  function get<C extends CollectionName>(collection: C, ref: RefLike): N<C> {
    const id = refId(ref);
    const node = maps.get(collection)?.get(id);
    if (!node) throw new Error(`Barrièremodel-graaf: ${collection}/${id} bestaat niet`);
    return node as N<C>;
  }

  function register<C extends CollectionName>(
    collection: C,
    entries: readonly E[C][],
    titel: (d: E[C]['data']) => string,
    extra: (d: E[C]['data']) => object,
    afkorting: (d: E[C]['data']) => string | undefined = () => undefined,
  ): N<C>[] {
    const map = new Map<string, AnyNode<E>>();
    maps.set(collection, map);
    const nodes = entries.map((entry) => {
      const data = entry.data;
      const node = {
        collection,
        id: entry.id,
        titel: titel(data),
        volledigeTitel: metAfkorting(titel(data), afkorting(data)),
        samenvatting: samenvattingVan(data),
        data,
        entry,
        bronnen: [],
        bronGroepen: [],
        ...extra(data),
      };
      map.set(entry.id, node as unknown as AnyNode<E>);
      return node as unknown as N<C>;
    });
    return nodes.sort(byTitel);
  }

  const signalen = register(
    'signalen',
    input.signalen,
    (d) => d.titel,
    () => ({
      themas: [],
      observaties: [],
      perRol: [],
      drempels: [],
      fasen: FASEN.map((fase) => ({ fase, stappen: [] })),
      organisaties: [],
      casussen: [],
    }),
  );
  const interventies = register(
    'interventies',
    input.interventies,
    (d) => d.titel,
    () => ({
      uitvoerders: [],
      kaders: [],
      themas: [],
      signalen: [],
      casussen: [],
      delen: undefined,
    }),
  );
  const organisaties = register(
    'organisaties',
    input.organisaties,
    (d) => d.naam,
    (d) => ({
      kort: d.afkorting ?? d.naam.replace(/\s*\([^)]*\)\s*$/, ''),
      interventies: [],
      signalen: [],
      fasen: [],
    }),
    (d) => d.afkorting,
  );
  for (const o of organisaties) {
    const lokaal = input.contacten?.[o.id];
    if (lokaal) o.lokaal = lokaal;
  }
  const themas = register(
    'themas',
    input.themas,
    (d) => d.titel,
    () => ({
      signalen: [],
      interventies: [],
      casussen: [],
    }),
  );
  const kaders = register(
    'kaders',
    input.kaders,
    (d) => d.titel,
    () => ({ interventies: [] }),
    (d) => d.afkorting,
  );
  const bronnen = register(
    'bronnen',
    input.bronnen,
    (d) => d.titel,
    () => ({ citaten: [] }),
  );
  const casussen = register(
    'casussen',
    input.casussen,
    (d) => d.titel,
    () => ({
      themas: [],
      signalen: [],
      interventies: [],
      fasen: [],
    }),
  );
  const begrippen = register(
    'begrippen',
    input.begrippen,
    (d) => d.term,
    () => ({ zieOok: [] }),
    (d) => d.afkorting,
  );
  const observaties = register(
    'observaties',
    input.observaties,
    (d) => d.tekst,
    () => ({
      signalen: [],
    }),
  );

  // Sources, both directions, for every collection that cites them.
  for (const node of [...signalen, ...interventies, ...organisaties, ...themas, ...kaders, ...casussen, ...begrippen]) {
    const vermeldingen = node.data.bronnen;
    node.bronnen = vermeldingen.map((v) => {
      const bron = get('bronnen', v.bron);
      return { bron, locatie: v.locatie, vindplaats: vindplaats(v, bron.data.secties) };
    });
    const groepen = new Map<BronNode<E>, Vermelding<E>[]>();
    for (const v of node.bronnen) groepen.set(v.bron, [...(groepen.get(v.bron) ?? []), v]);
    node.bronGroepen = [...groepen].map(([bron, lijst]) => ({
      bron,
      vermeldingen: lijst,
      plaatsen: plaatsen(lijst.map((v) => v.vindplaats)),
    }));
    for (const { bron, locatie, vindplaats: v } of node.bronnen) bron.citaten.push({ node, locatie, vindplaats: v });
  }

  for (const i of interventies) {
    i.uitvoerders = i.data.uitvoerders.map((u) => ({
      organisatie: get('organisaties', u.organisatie),
      rol: u.rol,
      regie: u.regie ?? false,
    }));
    i.regie = i.uitvoerders.find((u) => u.regie)?.organisatie;
    i.kaders = i.data.kaders.map((k) => get('kaders', k));
    i.themas = i.data.themas.map((t) => get('themas', t));
    const grondslagen = i.data.delen.grondslagen.map((g) => ({
      soort: g.soort,
      plicht: g.plicht,
      kader: get('kaders', g.kader),
      toelichting: g.toelichting,
    }));
    i.delen = {
      wat: i.data.delen.wat,
      met: [...i.data.delen.met],
      grondslagen,
      letOp: i.data.delen.letOp,
      kort: DEELPLICHTEN.map((plicht) => ({
        plicht,
        soorten: uniek(grondslagen.filter((g) => g.plicht === plicht).map((g) => g.soort)),
      })).filter((k) => k.soorten.length > 0),
    };
    for (const u of i.uitvoerders) u.organisatie.interventies.push({ interventie: i, rol: u.rol });
    for (const k of uniek([...i.kaders, ...grondslagen.map((g) => g.kader)])) k.interventies.push(i);
    for (const t of i.themas) t.interventies.push(i);
  }

  for (const s of signalen) {
    s.themas = s.data.themas.map((t) => get('themas', t));
    for (const t of s.themas) t.signalen.push(s);
    const perFase = new Map(s.fasen.map((f) => [f.fase, f.stappen]));
    const extra = (input.koppelingen ?? []).filter((k) => k.signaal === s.id);
    for (const link of [...s.data.interventies, ...extra]) {
      const interventie = get('interventies', link.interventie);
      const orgs = link.organisaties?.length
        ? link.organisaties.map((o) => get('organisaties', o))
        : interventie.uitvoerders.map((u) => u.organisatie);
      perFase.get(link.fase)!.push({ interventie, organisaties: orgs, toelichting: link.toelichting });
      interventie.signalen.push({ signaal: s, fase: link.fase, organisaties: orgs });
      for (const o of orgs) o.signalen.push({ signaal: s, fase: link.fase, interventie });
    }
    s.organisaties = uniek(s.fasen.flatMap((f) => f.stappen.flatMap((st) => st.organisaties))).sort(byTitel);
    s.drempels = (s.data.drempels ?? []).map((d) => {
      const bron = get('bronnen', d.bron.bron);
      return {
        tekst: d.tekst,
        kader: d.kader ? get('kaders', d.kader) : undefined,
        bron: { bron, locatie: d.bron.locatie, vindplaats: vindplaats(d.bron, bron.data.secties) },
      };
    });
    for (const { bron } of s.drempels) bron.bron.citaten.push({ node: s, locatie: bron.locatie, vindplaats: bron.vindplaats });
    s.observaties = (s.data.observaties ?? []).map((o) => get('observaties', o));
    for (const o of s.observaties) o.signalen.push(s);
    const perRol = s.data.perRol ?? {};
    s.perRol = ROLLEN.flatMap((rol) => {
      const r = perRol[rol];
      return r
        ? [{ rol, stappen: [...r.stappen].sort((a, b) => a - b), bellen: r.bellen.map((o) => get('organisaties', o)) }]
        : [];
    });
  }

  for (const c of casussen) {
    c.themas = c.data.themas.map((t) => get('themas', t));
    c.signalen = c.data.signalen.map((s) => get('signalen', s));
    c.interventies = c.data.interventies.map((i) => get('interventies', i));
    for (const t of c.themas) t.casussen.push(c);
    for (const s of c.signalen) s.casussen.push(c);
    for (const i of c.interventies) i.casussen.push(c);
    c.fasen = perFase(c.interventies, (i, fase) => i.data.fasen.includes(fase)).map((f) => ({
      fase: f.fase,
      interventies: f.items,
    }));
  }

  for (const b of begrippen) b.zieOok = b.data.zieOok.map((z) => get('begrippen', z));

  // Stable order of reverse links: signals by urgency then title, phases in model order.
  const faseRang = (f: Fase) => FASEN.indexOf(f);
  const signaalVolgorde = (a: SignaalNode<E>, b: SignaalNode<E>) => urgentieRang(a) - urgentieRang(b) || byTitel(a, b);
  for (const t of themas) {
    t.signalen.sort(signaalVolgorde);
    t.interventies = uniek(t.interventies).sort(byTitel);
    t.casussen.sort(byTitel);
  }
  for (const i of interventies) {
    i.signalen.sort((a, b) => signaalVolgorde(a.signaal, b.signaal) || faseRang(a.fase) - faseRang(b.fase));
    i.casussen.sort(byTitel);
  }
  for (const o of organisaties) {
    o.interventies.sort((a, b) => byTitel(a.interventie, b.interventie));
    o.signalen.sort(
      (a, b) =>
        signaalVolgorde(a.signaal, b.signaal) || faseRang(a.fase) - faseRang(b.fase) || byTitel(a.interventie, b.interventie),
    );
    o.fasen = perFase(o.signalen, (s, fase) => s.fase === fase).map((f) => ({ fase: f.fase, signalen: f.items }));
  }
  for (const k of kaders) k.interventies.sort(byTitel);
  for (const s of signalen) s.casussen.sort(byTitel);
  for (const o of observaties) o.signalen.sort(signaalVolgorde);
  const groepRang = (o: ObservatieNode<E>) => OBSERVATIE_GROEPEN.indexOf(o.data.groep);
  observaties.sort((a, b) => groepRang(a) - groepRang(b) || byTitel(a, b));
  const collectieRang = (n: AnyNode<E>) =>
    ['signalen', 'interventies', 'organisaties', 'themas', 'kaders', 'casussen', 'begrippen'].indexOf(n.collection);
  for (const b of bronnen) b.citaten.sort((x, y) => collectieRang(x.node) - collectieRang(y.node) || byTitel(x.node, y.node));

  const graph: Graph<E> = {
    signalen: signalen.sort(signaalVolgorde),
    interventies,
    organisaties,
    themas,
    kaders,
    bronnen,
    casussen,
    begrippen,
    observaties,
    rollen: ROLLEN.map((rol) => ({
      rol,
      signalen: signalen.filter((s) => s.data.waarnemers.includes(rol)),
      organisaties: organisaties.filter((o) => o.data.rol === rol),
    })),
    get: (collection, id) => get(collection, id),
    alle: () => [...signalen, ...interventies, ...organisaties, ...themas, ...kaders, ...bronnen, ...casussen, ...begrippen],
  };
  return graph;
}

/** The barrier-model overview: one row per signal, one cell per phase. */
export function overzicht<E extends EntryMap>(graph: Graph<E>) {
  return graph.signalen.map((signaal) => ({
    signaal,
    cellen: signaal.fasen.map(({ fase, stappen }) => ({ fase, stappen })),
  }));
}

/**
 * The barrier model per phase, for the one-page A3 overview: for each phase
 * every intervention that has that phase, who carries it out, and the
 * signals that link to it in that phase (in the order of graph.signalen).
 */
export function faseOverzicht<E extends EntryMap>(graph: Graph<E>) {
  return FASEN.map((fase) => ({
    fase,
    interventies: graph.interventies
      .filter((i) => i.data.fasen.includes(fase))
      .map((interventie) => ({
        interventie,
        organisaties: interventie.uitvoerders.map((u) => u.organisatie),
        signalen: graph.signalen.filter((s) => interventie.signalen.some((l) => l.signaal === s && l.fase === fase)),
      })),
  }));
}

/** The numbers to call at an organisation: the edition's local numbers first, then the national ones. */
export function telefoonnummers<E extends EntryMap>(o: OrganisatieNode<E>): Telefoonnummer[] {
  return [...(o.lokaal?.telefoon ?? []), ...(o.data.contact?.telefoon ?? [])];
}

/** The national advice and reporting line for worries about a child's safety (Veilig Thuis). */
export const ADVIESLIJN = 'veilig-thuis';

export interface Belnummer<E extends EntryMap = EntryMap> {
  soort: 'lokaal' | 'acuut' | 'advies';
  nummer: Telefoonnummer;
  organisatie?: OrganisatieNode<E>;
}

/**
 * The numbers a signal page offers to call, in order: the edition's local
 * contacts for the organisations called first in this signal (at most two),
 * then 112 when the signal is acute, then the advice line.
 */
export function belnummers<E extends EntryMap>(graph: Graph<E>, signaal: SignaalNode<E>): Belnummer<E>[] {
  const eerst = uniek([
    ...signaal.perRol.flatMap((r) => r.bellen),
    ...(signaal.fasen.find((f) => f.fase === 'signaleren')?.stappen.flatMap((s) => s.organisaties) ?? []),
    ...signaal.organisaties,
  ]);
  const lokaal: Belnummer<E>[] = eerst
    .filter((o) => o.lokaal?.telefoon?.length)
    .slice(0, 2)
    .map((o) => ({ soort: 'lokaal', nummer: o.lokaal!.telefoon![0], organisatie: o }));
  const acuut: Belnummer<E>[] =
    signaal.data.urgentie === 'acuut' ? [{ soort: 'acuut', nummer: { nummer: ALARMNUMMER, uri: `tel:${ALARMNUMMER}` } }] : [];
  const adviesOrg = graph.organisaties.find((o) => o.id === ADVIESLIJN);
  const advies: Belnummer<E>[] = adviesOrg?.data.contact?.telefoon?.length
    ? [{ soort: 'advies', nummer: adviesOrg.data.contact.telefoon[0], organisatie: adviesOrg }]
    : [];
  return [...lokaal, ...acuut, ...advies];
}
