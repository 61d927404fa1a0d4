/**
 * The machine-readable export: the whole model as JSON (one file) and CSV
 * (one file per collection, UTF-8 with BOM for Excel; lists as a JSON array
 * in one cell), at stable URLs under
 * /data/. The shape is defined once, as a Zod schema, and published as JSON
 * Schema (/data/schema.json).
 */
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { COLLECTIONS, DEELPLICHTEN, FASEN, GRONDSLAG_SOORTEN, URGENTIES, type CollectionName } from './model.ts';
import type { AnyNode, Graph } from './graph.ts';

const id = z.string().describe('id van een item: de bestandsnaam zonder extensie');
const bronVermelding = z.object({ bron: id, locatie: z.string() });
const basis = {
  id,
  titel: z.string(),
  url: z.string().describe('pad van de pagina, relatief aan de site'),
  bronnen: z.array(bronVermelding),
  laatstBeoordeeld: z.string().describe('JJJJ-MM-DD').optional(),
};

export const exportSchema = z
  .object({
    versie: z.string().describe('versie van de landelijke inhoud (CHANGELOG.md)'),
    datum: z.string().describe('datum van die versie, JJJJ-MM-DD'),
    editie: z.string().optional().describe('naam van de lokale editie, als die er is'),
    signalen: z.array(
      z.object({
        ...basis,
        samenvatting: z.string(),
        urgentie: z.enum(URGENTIES),
        themas: z.array(id),
        waarnemers: z.array(z.string()),
        wijstOp: z.array(z.string()),
        stappen: z.array(
          z.object({ fase: z.enum(FASEN), interventie: id, organisaties: z.array(id), toelichting: z.string().optional() }),
        ),
        observaties: z.array(id),
        zoektermen: z.array(z.string()),
      }),
    ),
    interventies: z.array(
      z.object({
        ...basis,
        samenvatting: z.string(),
        fasen: z.array(z.enum(FASEN)),
        uitvoerders: z.array(z.object({ organisatie: id, rol: z.string() })),
        kaders: z.array(id),
        signalen: z.array(z.object({ signaal: id, fase: z.enum(FASEN) })),
        delen: z
          .object({
            wat: z.string(),
            met: z.array(z.string()),
            grondslagen: z.array(
              z.object({ soort: z.enum(GRONDSLAG_SOORTEN), plicht: z.enum(DEELPLICHTEN), kader: id, toelichting: z.string() }),
            ),
            letOp: z.string().optional(),
          })
          .describe('Mag ik dit delen? Wat, met wie en op welke grond (plicht of recht), met het kader van elke grond'),
      }),
    ),
    organisaties: z.array(
      z.object({
        ...basis,
        afkorting: z.string().optional(),
        voorheen: z.array(z.string()),
        samenvatting: z.string(),
        interventies: z.array(id),
        lokaalContact: z
          .record(z.string(), z.union([z.string(), z.array(z.object({ label: z.string().optional(), nummer: z.string() }))]))
          .optional()
          .describe('contactgegevens van de lokale editie'),
      }),
    ),
    themas: z.array(z.object({ ...basis, omschrijving: z.string(), signalen: z.array(id) })),
    kaders: z.array(z.object({ ...basis, soort: z.string(), samenvatting: z.string(), bronUrl: z.string().optional() })),
    bronnen: z.array(
      z.object({
        ...basis,
        uitgever: z.string(),
        jaar: z.number().optional(),
        soort: z.string(),
        bronUrl: z.string().optional(),
      }),
    ),
    casussen: z.array(z.object({ ...basis, samenvatting: z.string(), signalen: z.array(id), interventies: z.array(id) })),
    begrippen: z.array(
      z.object({ ...basis, afkorting: z.string().optional(), aliassen: z.array(z.string()), uitleg: z.string() }),
    ),
    observaties: z.array(
      z
        .object({ id, tekst: z.string(), groep: z.string(), signalen: z.array(id) })
        .describe('wat een professional kan zien ("Ik zie iets")'),
    ),
  })
  .describe('Het Barrièremodel: signalen, interventies per fase en verantwoordelijke organisaties');
export type ModelExport = z.output<typeof exportSchema>;

const dag = (d: Date | undefined) => d?.toISOString().slice(0, 10);
const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

function basisVan(n: AnyNode) {
  return {
    id: n.id,
    titel: n.titel,
    url: `${n.collection}/${n.id}/`,
    bronnen: 'bronnen' in n ? n.bronnen.map((b) => ({ bron: b.bron.id, locatie: b.locatie })) : [],
    laatstBeoordeeld: dag('laatstBeoordeeld' in n.data ? n.data.laatstBeoordeeld : undefined),
  };
}

/** The whole model, in the export shape. */
export function exportModel(graph: Graph, meta: { versie: string; datum: string; editie?: string }): ModelExport {
  return {
    ...meta,
    signalen: graph.signalen.map((s) => ({
      ...basisVan(s),
      samenvatting: s.data.samenvatting,
      urgentie: s.data.urgentie,
      themas: ids(s.themas),
      waarnemers: [...s.data.waarnemers],
      wijstOp: [...s.data.wijstOp],
      stappen: s.fasen.flatMap((f) =>
        f.stappen.map((st) => ({
          fase: f.fase,
          interventie: st.interventie.id,
          organisaties: ids(st.organisaties),
          toelichting: st.toelichting,
        })),
      ),
      observaties: ids(s.observaties),
      zoektermen: [...s.data.zoektermen],
    })),
    interventies: graph.interventies.map((i) => ({
      ...basisVan(i),
      samenvatting: i.data.samenvatting,
      fasen: [...i.data.fasen],
      uitvoerders: i.uitvoerders.map((u) => ({ organisatie: u.organisatie.id, rol: u.rol })),
      kaders: ids(i.kaders),
      signalen: i.signalen.map((s) => ({ signaal: s.signaal.id, fase: s.fase })),
      delen: {
        wat: i.delen.wat,
        met: [...i.delen.met],
        grondslagen: i.delen.grondslagen.map((g) => ({
          soort: g.soort,
          plicht: g.plicht,
          kader: g.kader.id,
          toelichting: g.toelichting,
        })),
        letOp: i.delen.letOp,
      },
    })),
    organisaties: graph.organisaties.map((o) => ({
      ...basisVan(o),
      afkorting: o.data.afkorting,
      voorheen: [...o.data.voorheen],
      samenvatting: o.data.samenvatting,
      interventies: o.interventies.map((i) => i.interventie.id),
      lokaalContact: o.lokaal
        ? Object.fromEntries(
            Object.entries(o.lokaal)
              .filter(([, v]) => v !== undefined)
              .map(([k, v]) => [k, Array.isArray(v) ? v.map(({ label, nummer }) => ({ label, nummer })) : v]),
          )
        : undefined,
    })),
    themas: graph.themas.map((t) => ({ ...basisVan(t), omschrijving: t.data.omschrijving, signalen: ids(t.signalen) })),
    kaders: graph.kaders.map((k) => ({
      ...basisVan(k),
      soort: k.data.soort,
      samenvatting: k.data.samenvatting,
      bronUrl: k.data.url,
    })),
    bronnen: graph.bronnen.map((b) => ({
      ...basisVan(b),
      uitgever: b.data.uitgever,
      jaar: b.data.jaar,
      soort: b.data.soort,
      bronUrl: b.data.url,
    })),
    casussen: graph.casussen.map((c) => ({
      ...basisVan(c),
      samenvatting: c.data.samenvatting,
      signalen: ids(c.signalen),
      interventies: ids(c.interventies),
    })),
    begrippen: graph.begrippen.map((b) => ({
      ...basisVan(b),
      afkorting: b.data.afkorting,
      aliassen: [...b.data.aliassen],
      uitleg: b.data.uitleg,
    })),
    observaties: graph.observaties.map((o) => ({
      id: o.id,
      tekst: o.data.tekst,
      groep: o.data.groep,
      signalen: ids(o.signalen),
    })),
  };
}

/** A cell starting with one of these is read as a formula by spreadsheets (CSV injection). */
const FORMULE = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Lists and objects are a JSON value in the cell (a list is a
 * JSON array: `["a","b"]`), so they split back exactly whatever the text
 * contains. Text that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) gets a leading apostrophe, as OWASP
 * advises; it shows, but does not run.
 */
export function csvCel(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  const s = String(v);
  return FORMULE.test(s) ? `'${s}` : s;
}

/**
 * A collection as CSV (RFC 4180, written by csv-stringify): UTF-8 with BOM
 * (so Excel reads the accents), CRLF line ends, a header row with every
 * field that occurs.
 */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const kolommen = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const tekst = stringify(
    rows.map((r) => kolommen.map((k) => csvCel(r[k]))),
    { header: true, columns: kolommen, record_delimiter: 'windows' },
  );
  return `\uFEFF${tekst}`;
}

export const EXPORT_COLLECTIES: readonly CollectionName[] = COLLECTIONS;
