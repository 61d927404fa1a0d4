/**
 * The content model: one Zod schema per collection. Pure, with no Astro
 * imports, so that src/content.config.ts (with Astro's `reference()`) and the
 * integrity check (with plain id strings) validate content with the very same
 * rules. See README "Inhoud" for the meaning of each field.
 */
import { z } from 'astro/zod';
import {
  BRON_SOORTEN,
  FASEN,
  KADER_SOORTEN,
  ORGANISATIE_SOORTEN,
  ROLLEN,
  URGENTIES,
  type CollectionName,
} from './model.ts';
import { ONZICHTBAAR, onzichtbaarMelding } from './tekens.ts';

/** Builds the schema for a reference to an entry of another collection. */
export type RefFactory = (collection: CollectionName) => z.ZodType;

const tekst = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !ONZICHTBAAR.test(s), { error: (i) => onzichtbaarMelding(String(i.input)) });
const lijst = <T extends z.ZodType>(item: T) => z.array(item).default([]);
/** A search term or alias; YAML reads `112` or `273` as a number, which is fine here. */
const term = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), tekst);

/** A date written as YYYY-MM-DD (YAML may already have made it a Date). */
const datum = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string('Schrijf een datum als JJJJ-MM-DD')
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Schrijf een datum als JJJJ-MM-DD', abort: true })
    // A real calendar date: 2026-02-30 does not round-trip.
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'Geen bestaande datum')
    .transform((s) => new Date(`${s}T00:00:00Z`)),
);

/** Today in the Netherlands, as YYYY-MM-DD. */
const vandaag = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The date an entry was last reviewed: a real date, not in the future. */
const beoordeeld = datum.refine(
  (d) => d.toISOString().slice(0, 10) <= vandaag(),
  { error: () => `Deze datum ligt in de toekomst (vandaag is ${vandaag()}); vul de dag in waarop het item echt is beoordeeld` },
);

const url = z.url({ protocol: /^https?$/ });

export function createSchemas(ref: RefFactory) {
  /** Where a fact comes from: a source and a location within it. */
  const bronVermelding = z.strictObject({
    bron: ref('bronnen'),
    locatie: tekst.describe('pagina, paragraaf, regels of artikel'),
  });

  /** Fields every factual entry carries. */
  const feitelijk = {
    bronnen: z.array(bronVermelding).min(1, 'Noem minstens één bron met een vindplaats'),
    laatstBeoordeeld: beoordeeld,
  };

  const zoektermen = lijst(term);

  const signalen = z.strictObject({
    titel: tekst,
    samenvatting: tekst,
    urgentie: z.enum(URGENTIES),
    themas: z.array(ref('themas')).min(1, 'Koppel minstens één thema'),
    waarnemers: z.array(z.enum(ROLLEN)).min(1, 'Noem minstens één rol die dit signaal ziet'),
    wijstOp: z.array(tekst).min(1, 'Noem minstens één risico waar het signaal op kan wijzen'),
    interventies: z
      .array(
        z.strictObject({
          interventie: ref('interventies'),
          fase: z.enum(FASEN),
          /** Defaults to every organisation that carries out the intervention. */
          organisaties: z.array(ref('organisaties')).optional(),
          toelichting: tekst.optional(),
        }),
      )
      .min(1, 'Een signaal heeft minstens één interventie'),
    zoektermen,
    ...feitelijk,
  });

  const interventies = z.strictObject({
    titel: tekst,
    samenvatting: tekst,
    fasen: z.array(z.enum(FASEN)).min(1, 'Noem minstens één fase'),
    uitvoerders: z
      .array(z.strictObject({ organisatie: ref('organisaties'), rol: tekst }))
      .min(1, 'Een interventie heeft minstens één verantwoordelijke organisatie'),
    kaders: lijst(ref('kaders')),
    themas: lijst(ref('themas')),
    zoektermen,
    ...feitelijk,
  });

  const contact = z.strictObject({
    telefoon: tekst.optional(),
    email: z.email().optional(),
    website: url.optional(),
    adres: tekst.optional(),
    bereikbaarheid: tekst.optional(),
    toelichting: tekst.optional(),
  });

  const organisaties = z.strictObject({
    naam: tekst,
    afkorting: tekst.optional(),
    voorheen: lijst(tekst),
    soort: z.enum(ORGANISATIE_SOORTEN),
    /** The "wie ben je" role whose professionals work here, if any. */
    rol: z.enum(ROLLEN).optional(),
    samenvatting: tekst,
    contact: contact.optional(),
    zoektermen,
    ...feitelijk,
  });

  const themas = z.strictObject({
    titel: tekst,
    omschrijving: tekst,
    ...feitelijk,
  });

  const kaders = z.strictObject({
    titel: tekst,
    afkorting: tekst.optional(),
    soort: z.enum(KADER_SOORTEN),
    samenvatting: tekst,
    url: url.optional(),
    zoektermen,
    ...feitelijk,
  });

  const bronnen = z.strictObject({
    titel: tekst,
    uitgever: tekst,
    jaar: z.number().int().min(1900).max(2100).optional(),
    soort: z.enum(BRON_SOORTEN),
    /** For a seed document: its file name in shared/seeds. */
    bestand: tekst.optional(),
    url: url.optional(),
    omschrijving: tekst,
    laatstBeoordeeld: beoordeeld,
  });

  const casussen = z.strictObject({
    titel: tekst,
    samenvatting: tekst,
    themas: z.array(ref('themas')).min(1),
    signalen: z.array(ref('signalen')).min(1, 'Een casus oefent minstens één signaal'),
    interventies: lijst(ref('interventies')),
    ...feitelijk,
  });

  const begrippen = z.strictObject({
    term: tekst,
    afkorting: tekst.optional(),
    /** Other words people use for the same thing; searched as synonyms. */
    aliassen: lijst(term),
    uitleg: tekst,
    zieOok: lijst(ref('begrippen')),
    ...feitelijk,
  });

  return { signalen, interventies, organisaties, themas, kaders, bronnen, casussen, begrippen } satisfies Record<
    CollectionName,
    z.ZodType
  >;
}

/** Schemas with references as plain ids: used outside Astro (check, tests). */
export const idRef: RefFactory = () => z.string().trim().min(1);
export const plainSchemas = createSchemas(idRef);

export type Schemas = ReturnType<typeof createSchemas>;
export type SignaalData = z.output<typeof plainSchemas.signalen>;
export type InterventieData = z.output<typeof plainSchemas.interventies>;
export type OrganisatieData = z.output<typeof plainSchemas.organisaties>;
export type ThemaData = z.output<typeof plainSchemas.themas>;
export type KaderData = z.output<typeof plainSchemas.kaders>;
export type BronData = z.output<typeof plainSchemas.bronnen>;
export type CasusData = z.output<typeof plainSchemas.casussen>;
export type BegripData = z.output<typeof plainSchemas.begrippen>;
