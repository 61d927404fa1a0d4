/**
 * The fixed vocabulary of the barrier model: collections, phases, urgency
 * levels and the professional roles that observe signals. Labels for people
 * live in src/i18n/nl.ts; these are the stable identifiers used in content.
 */

/** Every content collection, in the order the site presents them. */
export const COLLECTIONS = [
  'signalen',
  'interventies',
  'organisaties',
  'themas',
  'kaders',
  'bronnen',
  'casussen',
  'begrippen',
  'observaties',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Collections whose entries each have a page (observations live on the "Ik zie iets" page). */
export const MET_PAGINA: readonly CollectionName[] = COLLECTIONS.filter((c) => c !== 'observaties');

/** The five phases of the barrier model, in their natural order. */
export const FASEN = ['voorkomen', 'signaleren', 'bemoeilijken', 'sanctioneren', 'perspectief-bieden'] as const;
export type Fase = (typeof FASEN)[number];

/** How fast a professional must act on a signal, most urgent first. */
export const URGENTIES = ['acuut', 'hoog', 'normaal'] as const;
export type Urgentie = (typeof URGENTIES)[number];

/** Who typically observes a signal: the "wie ben je" entry points. */
export const ROLLEN = ['school', 'leerplicht', 'brp', 'politie', 'jeugdbescherming', 'zorg'] as const;
export type Rol = (typeof ROLLEN)[number];

/** Who a case exercise trains: the observing roles, plus trainers and policy makers. */
export const DOELGROEPEN = [...ROLLEN, 'trainer', 'beleid'] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];

/** The level of a case exercise: for any professional (basis), or for those who already know the model (verdieping). */
export const NIVEAUS = ['basis', 'verdieping'] as const;
export type Niveau = (typeof NIVEAUS)[number];

/**
 * Groups of observations on the "Ik zie iets" page: where a professional sees
 * it. Labels live in src/i18n/nl.ts.
 */
export const OBSERVATIE_GROEPEN = ['school', 'thuis', 'inschrijving', 'politie', 'gezondheid', 'geld-en-wonen'] as const;
export type ObservatieGroep = (typeof OBSERVATIE_GROEPEN)[number];

/** Kinds of legal and policy frameworks. */
export const KADER_SOORTEN = ['wet', 'regeling', 'circulaire', 'beleid', 'protocol', 'verdrag'] as const;

/**
 * The grounds on which a professional may or must share information about a
 * family ("Mag ik dit delen?"). Labels and plain-word explanations live in
 * src/i18n/nl.ts.
 */
export const GRONDSLAG_SOORTEN = [
  'meldcode',
  'meldrecht',
  'wettelijke-plicht',
  'wettelijke-taak',
  'beroepsgeheim-uitzondering',
  'aangifte',
  'convenant',
  'toestemming',
  'geen-persoonsgegevens',
] as const;
export type GrondslagSoort = (typeof GRONDSLAG_SOORTEN)[number];

/** Whether the organisation must share (plicht) or may share after weighing it (recht). */
export const DEELPLICHTEN = ['plicht', 'recht'] as const;
export type Deelplicht = (typeof DEELPLICHTEN)[number];

/** Kinds of sources. */
export const BRON_SOORTEN = ['brondocument', 'website', 'wettekst', 'rapport'] as const;

/** Kinds of organisations. */
export const ORGANISATIE_SOORTEN = [
  'gemeente',
  'rijk',
  'justitie',
  'politie',
  'onderwijs',
  'zorg',
  'maatschappelijk',
  'samenwerkingsverband',
] as const;

/**
 * The level-2 section headings an editor writes in an MDX body ("## …"), per
 * collection: the one place for these names. The check requires them
 * (STRUCTUUR), pages pick sections by them, and the UI shows them as headings.
 */
export const SECTIES = {
  signalen: {
    watZieJe: 'Wat zie je?',
    waarKanHetOpWijzen: 'Waar kan het op wijzen?',
    watDoeJeNu: 'Wat doe je nu?',
    letOp: 'Let op',
    achtergrond: 'Achtergrond',
  },
  interventies: {
    watIsHet: 'Wat is het?',
    wanneer: 'Wanneer zet je het in?',
    wie: 'Wie voert het uit?',
    hoe: 'Hoe werkt het?',
    wettelijkeBasis: 'Wettelijke basis',
    ervaringen: 'Ervaringen',
    letOp: 'Let op',
  },
  organisaties: {
    watDoetZij: 'Wat doet deze organisatie?',
    watMagZijDelen: 'Wat mag zij delen?',
  },
  casussen: {
    situatie: 'Situatie',
    vragen: 'Vragen voor de groep',
    antwoorden: 'Antwoorden',
    watGebeurde: 'Wat gebeurde er?',
    notities: 'Notities',
  },
} as const;

/** The section of a signal with its numbered steps; roles point at its step numbers (perRol). */
export const STAPPEN_KOP = SECTIES.signalen.watDoeJeNu;

/** The component an editor places where the graph-rendered "Wie is aan zet?" goes. */
export const WIE_IS_AAN_ZET = 'WieIsAanZet';

const koppen = (secties: Record<string, string>) => Object.values(secties).map((kop) => `## ${kop}`);

/**
 * The fixed structure of an MDX body, per collection: its level-2 headings in
 * order ("## …") and where a rendered section goes ("<WieIsAanZet />").
 * Sections rendered from the graph ("Rol in het barrièremodel", "Contact")
 * are not typed by editors and so are not listed.
 */
export const STRUCTUUR: Partial<Record<CollectionName, readonly string[]>> = {
  signalen: (() => {
    const k = koppen(SECTIES.signalen);
    const na = k.indexOf(`## ${STAPPEN_KOP}`) + 1;
    return [...k.slice(0, na), `<${WIE_IS_AAN_ZET} />`, ...k.slice(na)];
  })(),
  interventies: koppen(SECTIES.interventies),
  organisaties: koppen(SECTIES.organisaties),
  casussen: koppen(SECTIES.casussen),
};

/** Components an editor may use in MDX, per collection. */
export const COMPONENTEN: Partial<Record<CollectionName, readonly string[]>> = {
  signalen: [WIE_IS_AAN_ZET],
};

/**
 * File extensions allowed per collection. Only signals are MDX (they place
 * <WieIsAanZet />); the other texts are plain Markdown, which Astro renders
 * while loading content instead of bundling a module per entry.
 */
export const EXTENSIES: Record<CollectionName, readonly string[]> = {
  signalen: ['.mdx'],
  interventies: ['.md'],
  organisaties: ['.md'],
  casussen: ['.md'],
  kaders: ['.md'],
  themas: ['.yaml'],
  bronnen: ['.yaml'],
  begrippen: ['.yaml'],
  observaties: ['.yaml'],
};

/** An entry id: the file name without extension, lower-case kebab-case. */
export const ID_PATROON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
