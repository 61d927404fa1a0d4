/**
 * Is an edition complete? Two kinds of aandachtspunten (points for
 * attention) a municipality should settle before it publishes:
 * - an organisation that is aan zet (responsible) for a step of a signal,
 *   but has no local contact under `contacten` in editie.yaml;
 * - a signal of urgency acuut or hoog without an "In onze gemeente" route
 *   (lokaal/<signaal-id>.md).
 * Warnings by default; errors under `streng: true` (see prepare.ts).
 * Pure: works on the merged, validated entries.
 */
import type { Probleem } from './problems.ts';

interface Entry {
  collection: string;
  id: string;
  bestand: string;
  data: Record<string, unknown>;
}
interface Ref {
  id: string;
}
interface Stap {
  interventie: Ref;
  organisaties?: Ref[];
}

export interface VolledigheidInvoer {
  /** The merged entries of the edition (hidden ones already left out). */
  entries: readonly Entry[];
  /** Organisation ids with a local contact in editie.yaml. */
  contacten: readonly string[];
  /** Signal ids with an "In onze gemeente" block. */
  lokaal: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** editie.yaml and the lokaal/ folder, as shown in the report. */
  editieBestand: string;
  lokaalMap: string;
  /** Whether an entry is the edition's own (a local organisation needs no extra contact). */
  isLokaal: (e: Entry) => boolean;
}

const URGENT = new Set(['acuut', 'hoog']);
const titel = (e: Entry | undefined, id: string) => String(e?.data.titel ?? e?.data.naam ?? id);
const opsomming = (namen: string[], max = 3) =>
  namen.length <= max
    ? namen.map((n) => `"${n}"`).join(', ')
    : `${namen
        .slice(0, max)
        .map((n) => `"${n}"`)
        .join(', ')} en ${namen.length - max} andere`;

export function volledigheid(invoer: VolledigheidInvoer): Probleem[] {
  const { entries, editieBestand, lokaalMap } = invoer;
  const van = (c: string) => new Map(entries.filter((e) => e.collection === c).map((e) => [e.id, e]));
  const signalen = [...van('signalen').values()].sort((a, b) => a.id.localeCompare(b.id));
  const interventies = van('interventies');
  const organisaties = van('organisaties');
  const metContact = new Set(invoer.contacten);

  // (a) Who is aan zet for a step, per organisation: the signals where.
  const aanZet = new Map<string, Set<string>>();
  for (const s of signalen) {
    for (const stap of (s.data.interventies ?? []) as Stap[]) {
      const i = interventies.get(stap.interventie.id);
      const wie = stap.organisaties ?? ((i?.data.uitvoerders ?? []) as { organisatie: Ref }[]).map((u) => u.organisatie);
      for (const o of wie) {
        if (!aanZet.has(o.id)) aanZet.set(o.id, new Set());
        aanZet.get(o.id)!.add(titel(s, s.id));
      }
    }
  }
  const punten: Probleem[] = [];
  for (const [id, bij] of [...aanZet].sort(([a], [b]) => a.localeCompare(b))) {
    const o = organisaties.get(id);
    if (metContact.has(id) || (o && invoer.isLokaal(o))) continue;
    const n = bij.size;
    punten.push({
      bestand: editieBestand,
      veld: `contacten.${id}`,
      melding: `geen lokaal contact voor ${titel(o, id)}, aan zet bij ${n} ${n === 1 ? 'signaal' : 'signalen'} (${opsomming([...bij].sort())}); zet afdeling en telefoon onder contacten.${id}`,
    });
  }

  // (b) Urgent signals without a local route.
  for (const s of signalen) {
    const urgentie = String(s.data.urgentie);
    if (!URGENT.has(urgentie) || invoer.lokaal.has(s.id)) continue;
    punten.push({
      bestand: lokaalMap,
      veld: `${s.id}.md`,
      melding: `geen route "In onze gemeente" voor het signaal "${titel(s, s.id)}" (urgentie ${urgentie}); schrijf in ${s.id}.md wie je in jullie gemeente belt en wat er dan gebeurt`,
    });
  }
  return punten;
}
