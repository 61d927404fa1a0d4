/**
 * Phone numbers as data: validated as Dutch numbers by libphonenumber-js
 * (never by stripping characters), each with the `tel:` URI that dials
 * exactly the number shown. Used by the content schemas (contact details of
 * organisations and of an edition), and to turn numbers written in running
 * text ("bel Veilig Thuis op 0800-2000") into call links.
 */
import { findPhoneNumbersInText, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { z } from 'astro/zod';

/** The one short number a Dutch professional may need that libphonenumber-js does not validate. */
export const ALARMNUMMER = '112';

export interface Telefoonnummer {
  /** What the number is for, e.g. "spoed" or "advies". */
  label?: string;
  /** The number as the editor wrote it, and as it is shown. */
  nummer: string;
  /** The tel: URI that dials it (E.164, or tel:112). */
  uri: string;
}

/** The tel: URI of a Dutch number, or undefined if it is not a valid Dutch number. */
export function telUri(nummer: string): string | undefined {
  const schoon = nummer.trim();
  if (schoon === ALARMNUMMER) return `tel:${ALARMNUMMER}`;
  try {
    const p = parsePhoneNumberWithError(schoon, 'NL');
    return p.isValid() ? p.getURI() : undefined;
  } catch {
    return undefined;
  }
}

const UITLEG =
  'Schrijf één Nederlands nummer, bijv. "0800-2000" of "020-1234567"; meer nummers als lijst: - { label: spoed, nummer: "112" }';

const nummerSchema = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z
    .string()
    .trim()
    .min(1)
    .refine((s) => telUri(s) !== undefined, {
      error: (i) => `"${String(i.input)}" is geen geldig Nederlands telefoonnummer. ${UITLEG}`,
    }),
);

/**
 * A list of numbers with a label each. A single number may be written as
 * plain text; it becomes a list of one. "112 (spoed) of 0900-8844" is
 * refused: that is two numbers, so it must be a list.
 */
export const telefoonSchema = z
  .preprocess(
    (v) => (typeof v === 'string' || typeof v === 'number' ? [{ nummer: v }] : v),
    z.array(z.strictObject({ label: z.string().trim().min(1).optional(), nummer: nummerSchema }), UITLEG).min(1, UITLEG),
  )
  .transform((lijst): Telefoonnummer[] => lijst.map((t) => ({ ...t, uri: telUri(t.nummer)! })));

export interface TekstDeel {
  tekst: string;
  /** Set when this part is a phone number. */
  uri?: string;
}

// 112 as a number of its own: not part of a range ("regels 112–133"), an article or a longer number.
const ALARM_IN_TEKST = /(?<![\d.,/–-]|art\.\s|artikel\s|regels?\s)\b112\b(?![\d–-]|\.\d)/g;

/** Every phone number has at least two digits (libphonenumber's shortest national number); most text has fewer. */
const TWEE_CIJFERS = /\d\D*\d/;

/** Splits running text into plain parts and phone numbers, in order. */
export function telefoonDelen(tekst: string): TekstDeel[] {
  // The number finder is costly and runs on every text of every page: skip text that cannot hold a number.
  if (!TWEE_CIJFERS.test(tekst)) return tekst ? [{ tekst }] : [];
  const treffers: { start: number; eind: number; uri: string }[] = [];
  for (const f of findPhoneNumbersInText(tekst, 'NL')) {
    // The finder may include an opening or closing bracket: the link covers the number only.
    const gevonden = tekst.slice(f.startsAt, f.endsAt);
    const voor = gevonden.length - gevonden.replace(/^[^+\d]+/, '').length;
    const na = gevonden.length - gevonden.replace(/[^\d]+$/, '').length;
    treffers.push({ start: f.startsAt + voor, eind: f.endsAt - na, uri: f.number.getURI() });
  }
  for (const m of tekst.matchAll(ALARM_IN_TEKST)) {
    const start = m.index;
    if (!treffers.some((t) => start < t.eind && start + 3 > t.start)) {
      treffers.push({ start, eind: start + 3, uri: `tel:${ALARMNUMMER}` });
    }
  }
  treffers.sort((a, b) => a.start - b.start);
  const delen: TekstDeel[] = [];
  let pos = 0;
  for (const t of treffers) {
    if (t.start > pos) delen.push({ tekst: tekst.slice(pos, t.start) });
    delen.push({ tekst: tekst.slice(t.start, t.eind), uri: t.uri });
    pos = t.eind;
  }
  if (pos < tekst.length) delen.push({ tekst: tekst.slice(pos) });
  return delen;
}
