/**
 * The content model: one Zod schema per collection. Pure, with no Astro
 * imports, so that src/content.config.ts (with Astro's `reference()`) and the
 * integrity check (with plain id strings) validate content with the very same
 * rules. See README "Inhoud" for the meaning of each field.
 */
import { z } from 'astro/zod';
import {
  BRON_SOORTEN,
  DEELPLICHTEN,
  DOELGROEPEN,
  NIVEAUS,
  FASEN,
  GRONDSLAG_SOORTEN,
  KADER_SOORTEN,
  OBSERVATIE_GROEPEN,
  ORGANISATIE_SOORTEN,
  ROLLEN,
  URGENTIES,
  type CollectionName,
} from './model.ts';
import { telefoonSchema } from './telefoon.ts';
import { ONZICHTBAAR, onzichtbaarMelding } from './tekens.ts';

/**
 * The schema of a reference to an entry of another collection: read from an
 * id string, it gives a plain id (check, tests) or `{ collection, id }`
 * (Astro's reference(), the integrity check).
 */
export type RefSchema<T extends string | { id: string } = string | { id: string }> = z.ZodType<T, string>;
/** Builds the schema for a reference; its type is kept, so reference fields are typed. */
export type RefFactory<R extends RefSchema = RefSchema> = (collection: CollectionName) => R;

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

/** Today in the Netherlands, as YYYY-MM-DD (one formatter: making one per entry cost ~1 s of a build at N = 1,000). */
const amsterdam = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });
const vandaag = () => amsterdam.format(new Date());

/** The date an entry was last reviewed: a real date, not in the future. */
const beoordeeld = datum.refine((d) => d.toISOString().slice(0, 10) <= vandaag(), {
  error: () => `Deze datum ligt in de toekomst (vandaag is ${vandaag()}); vul de dag in waarop het item echt is beoordeeld`,
});

const url = z.url({ protocol: /^https?$/ });

/**
 * Contact details: one model for an organisation's national contact
 * (organisaties/*.md, `contact`) and an edition's local contact for it
 * (editie.yaml, `contacten.<organisatie-id>`).
 */
export const contactSchema = z.strictObject({
  // Each field's one Dutch line and example feed the messages and docs/editie-yaml.md (see src/lib/editie.ts).
  afdeling: tekst.optional().meta({ description: 'naam van de afdeling of het team', examples: ['Leerplicht en RMC Duinwijk'] }),
  telefoon: telefoonSchema.optional().meta({
    description: 'telefoonnummer; meerdere: een lijst met label en nummer',
    examples: ['0900-0000001'],
    soort: 'telefoonnummer',
  }),
  email: z
    .email()
    .optional()
    .meta({ description: 'e-mailadres', examples: ['leerplicht@duinwijk.example'] }),
  website: url.optional().meta({ description: 'webpagina (https://…)', examples: ['https://www.duinwijk.example/leerplicht/'] }),
  adres: tekst.optional().meta({ description: 'bezoekadres', examples: ['Raadhuisplein 1, Duinwijk'] }),
  bereikbaarheid: tekst
    .optional()
    .meta({ description: 'wanneer en hoe je hen bereikt', examples: ['maandag tot en met vrijdag, 9.00–17.00 uur'] }),
  toelichting: tekst.optional().meta({
    description: 'korte aanvulling, bijvoorbeeld wanneer je hen belt',
    examples: ['Bel bij verzuim van meer dan drie dagen'],
  }),
});
export type Contact = z.output<typeof contactSchema>;

/** Text compared without case, accents or punctuation: "Ging níet door!" → " ging niet door ". */
function vergelijkbaar(s: string): string {
  return ` ${s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The first outcome phrase that a text gives away (as whole words), if any. */
export function verklapt(tekst: string, uitkomst: readonly string[]): string | undefined {
  const t = vergelijkbaar(tekst);
  return uitkomst.find((zin) => vergelijkbaar(zin).trim() && t.includes(vergelijkbaar(zin)));
}

export function createSchemas<R extends RefSchema>(ref: RefFactory<R>) {
  /** Where a fact comes from: a source and a location within it. */
  const bronVermelding = z.strictObject({
    bron: ref('bronnen'),
    locatie: tekst.describe('pagina, paragraaf, regels of artikel'),
    /** The section heading, when it cannot be found from the source's `secties` by line number. */
    sectie: tekst.optional(),
    /** The page or pages in the original publication, e.g. "12" or "12–13". */
    pagina: term.optional(),
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
    /** What a professional sees, in plain words: entries of the observaties vocabulary ("Ik zie iets"). */
    observaties: lijst(ref('observaties')),
    /**
     * Per role: which numbered steps of "Wat doe je nu?" are theirs, and which
     * organisations they call first. A professional who chose a role sees these first.
     */
    perRol: z
      .partialRecord(
        z.enum(ROLLEN),
        z.strictObject({
          stappen: z.array(z.number().int().min(1)).min(1, 'Noem minstens één stapnummer uit "Wat doe je nu?"'),
          bellen: lijst(ref('organisaties')),
        }),
      )
      .default({}),
    /** Legal thresholds a professional acts on, e.g. the verzuim threshold, each with its source. */
    drempels: lijst(
      z.strictObject({
        tekst,
        kader: ref('kaders').optional(),
        bron: bronVermelding,
      }),
    ),
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

  /**
   * "Mag ik dit delen?": what a professional may share in this intervention,
   * with whom, and on which grounds; each ground links to its kader and says
   * whether the organisation must share (plicht) or only may (recht).
   */
  const grondslag = z.strictObject({
    soort: z.enum(GRONDSLAG_SOORTEN),
    plicht: z.enum(DEELPLICHTEN),
    kader: ref('kaders'),
    toelichting: tekst,
  });
  const delen = z.strictObject(
    {
      wat: tekst.describe('wat je mag delen, in gewone woorden'),
      met: z.array(tekst).min(1, 'Noem met wie je mag delen'),
      grondslagen: z.array(grondslag).min(1, 'Noem minstens één grondslag met het kader waar die in staat'),
      letOp: tekst.optional().describe('grenzen, beroepsgeheim, en wat de bronnen niet regelen'),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'Ontbreekt: elke interventie zegt in "delen" wat je mag delen, met wie en op welke grond (Mag ik dit delen?)'
          : undefined,
    },
  );

  const interventies = z.strictObject({
    titel: tekst,
    samenvatting: tekst,
    fasen: z.array(z.enum(FASEN)).min(1, 'Noem minstens één fase'),
    uitvoerders: z
      .array(
        z.strictObject({
          organisatie: ref('organisaties'),
          rol: tekst,
          /** This organisation leads (regie). Exactly one uitvoerder of an intervention leads. */
          regie: z.boolean().default(false),
        }),
      )
      .min(1, 'Een interventie heeft minstens één verantwoordelijke organisatie'),
    kaders: lijst(ref('kaders')),
    themas: lijst(ref('themas')),
    zoektermen,
    delen,
    ...feitelijk,
  });

  const organisaties = z.strictObject({
    naam: tekst,
    afkorting: tekst.optional(),
    voorheen: lijst(tekst),
    soort: z.enum(ORGANISATIE_SOORTEN),
    /** The "wie ben je" role whose professionals work here, if any. */
    rol: z.enum(ROLLEN).optional(),
    samenvatting: tekst,
    contact: contactSchema.optional(),
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
    /** The date of the version of the law's text that was read (the law as it stood then); shown as "stand van de wet". */
    standVanDeWet: datum.optional(),
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
    /**
     * For a seed document: its table of contents, each heading with the line
     * where it starts (in `bestand`), its level, and the page where known.
     * Citations by line number are shown with the section they fall in.
     */
    secties: z
      .array(
        z.strictObject({
          regel: z.number().int().min(1),
          titel: tekst,
          niveau: z.number().int().min(1).max(3).default(1),
          pagina: z.number().int().min(1).optional(),
        }),
      )
      .refine(
        (l) => l.every((s, i) => i === 0 || s.regel > l[i - 1].regel),
        'Zet de secties op volgorde van regel, zonder dubbele regels',
      )
      .optional(),
    url: url.optional(),
    omschrijving: tekst,
    laatstBeoordeeld: beoordeeld,
  });

  const casussen = z
    .strictObject({
      titel: tekst,
      samenvatting: tekst,
      /** Key phrases of the outcome ("Wat gebeurde er?"); title and summary may not contain them. */
      uitkomst: z.array(tekst).min(1, 'Noem minstens één kernzin van de afloop (uit "Wat gebeurde er?")'),
      /** How long the exercise takes, in minutes. */
      duur: z
        .number('Geef de duur in minuten, als getal')
        .int('Geef de duur in hele minuten')
        .min(10, 'Een oefening duurt minstens 10 minuten')
        .max(240, 'Een oefening duurt hoogstens 240 minuten'),
      doelgroep: z.array(z.enum(DOELGROEPEN)).min(1, 'Noem minstens één doelgroep'),
      niveau: z.enum(NIVEAUS),
      themas: z.array(ref('themas')).min(1),
      signalen: z.array(ref('signalen')).min(1, 'Een casus oefent minstens één signaal'),
      interventies: lijst(ref('interventies')),
      ...feitelijk,
    })
    .superRefine((d, ctx) => {
      for (const veld of ['titel', 'samenvatting'] as const) {
        const zin = verklapt(d[veld], d.uitkomst);
        if (zin) {
          ctx.addIssue({
            code: 'custom',
            path: [veld],
            message: `Verklapt de afloop: "${zin}" staat in uitkomst. Beschrijf hier alleen de beginsituatie; de afloop hoort onder "Wat gebeurde er?"`,
          });
        }
      }
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

  /** One thing a professional can see, in plain words; signals link to it. Not a claim, so no sources of its own. */
  const observaties = z.strictObject({
    tekst,
    groep: z.enum(OBSERVATIE_GROEPEN),
    /** Other words people use for it; also searched. */
    zoektermen,
  });

  return { signalen, interventies, organisaties, themas, kaders, bronnen, casussen, begrippen, observaties } satisfies Record<
    CollectionName,
    z.ZodType
  >;
}

/** References as plain ids: used outside Astro (check, tests). */
export const idRef = () => z.string().trim().min(1);
export const plainSchemas = createSchemas(idRef);

/** The schemas built with references of schema R. */
export type Schemas<R extends RefSchema = RefSchema> = ReturnType<typeof createSchemas<R>>;
/**
 * An entry's data in collection C, with references as R gives them. The
 * default (`string | { id }`) accepts both plain ids and Astro's references:
 * the graph reads them with refId().
 */
export type DataOf<C extends CollectionName, R extends RefSchema = RefSchema> = z.output<Schemas<R>[C]>;
export type SignaalData = DataOf<'signalen'>;
export type InterventieData = DataOf<'interventies'>;
export type OrganisatieData = DataOf<'organisaties'>;
export type ThemaData = DataOf<'themas'>;
export type KaderData = DataOf<'kaders'>;
export type BronData = DataOf<'bronnen'>;
export type CasusData = DataOf<'casussen'>;
export type BegripData = DataOf<'begrippen'>;
export type ObservatieData = DataOf<'observaties'>;
