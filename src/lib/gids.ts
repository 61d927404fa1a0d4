/**
 * The data of the "Ik zie iets" page: every observation with the signals it
 * can belong to, and per signal what the guided page shows once the
 * professional has ticked what they see (their steps, whom to call, who is
 * at work when signalling). Pure: built from the graph at build time and
 * handed to the page's script as JSON.
 */
import { telefoonnummers, type EntryMap, type Graph, type OrganisatieNode, type SignaalNode } from './graph.ts';
import { OBSERVATIE_GROEPEN, URGENTIES, type CollectionName, type ObservatieGroep, type Rol, type Urgentie } from './model.ts';
import type { Telefoonnummer } from './telefoon.ts';

export interface GidsOrganisatie {
  id: string;
  titel: string;
  url: string;
  telefoon?: Telefoonnummer;
}

export interface GidsSignaal {
  id: string;
  titel: string;
  url: string;
  urgentie: Urgentie;
  /** 0 = most urgent, for ordering ties. */
  urgentieRang: number;
  /** Per role: the texts of its steps in "Wat doe je nu?" and whom it calls first. */
  perRol: Partial<Record<Rol, { stappen: { nummer: number; tekst: string }[]; bellen: GidsOrganisatie[] }>>;
  /** Who is at work when signalling: each organisation with the interventions it carries out here. */
  signaleren: { organisatie: GidsOrganisatie; interventies: { titel: string; url: string }[] }[];
}

export interface GidsData {
  groepen: { groep: ObservatieGroep; observaties: { id: string; tekst: string; signalen: string[] }[] }[];
  signalen: Record<string, GidsSignaal>;
}

export function gidsData<E extends EntryMap>(
  graph: Graph<E>,
  url: (n: { collection: CollectionName; id: string }) => string,
  stappen: (s: SignaalNode<E>) => string[],
): GidsData {
  const org = (o: OrganisatieNode<E>): GidsOrganisatie => {
    const [tel] = telefoonnummers(o);
    return { id: o.id, titel: o.titel, url: url(o), ...(tel ? { telefoon: tel } : {}) };
  };
  const signalen: Record<string, GidsSignaal> = {};
  for (const s of graph.signalen) {
    const teksten = stappen(s);
    const signaleren = new Map<string, GidsSignaal['signaleren'][number]>();
    for (const stap of s.fasen.find((f) => f.fase === 'signaleren')?.stappen ?? []) {
      for (const o of stap.organisaties) {
        const rij = signaleren.get(o.id) ?? { organisatie: org(o), interventies: [] };
        rij.interventies.push({ titel: stap.interventie.titel, url: url(stap.interventie) });
        signaleren.set(o.id, rij);
      }
    }
    signalen[s.id] = {
      id: s.id,
      titel: s.titel,
      url: url(s),
      urgentie: s.data.urgentie,
      urgentieRang: URGENTIES.indexOf(s.data.urgentie),
      perRol: Object.fromEntries(
        s.perRol.map((r) => [
          r.rol,
          { stappen: r.stappen.map((nummer) => ({ nummer, tekst: teksten[nummer - 1] ?? '' })), bellen: r.bellen.map(org) },
        ]),
      ),
      signaleren: [...signaleren.values()],
    };
  }
  return {
    groepen: OBSERVATIE_GROEPEN.map((groep) => ({
      groep,
      observaties: graph.observaties
        .filter((o) => o.data.groep === groep)
        .map((o) => ({ id: o.id, tekst: o.data.tekst, signalen: o.signalen.map((s) => s.id) })),
    })).filter((g) => g.observaties.length > 0),
    signalen,
  };
}

/** Signals ranked by how many of the ticked observations point to them; ties: most urgent first. */
export function rangschikKandidaten(data: GidsData, aangevinkt: ReadonlySet<string>): { signaal: GidsSignaal; aantal: number }[] {
  const telling = new Map<string, number>();
  for (const g of data.groepen) {
    for (const o of g.observaties)
      if (aangevinkt.has(o.id)) for (const s of o.signalen) telling.set(s, (telling.get(s) ?? 0) + 1);
  }
  return [...telling]
    .map(([id, aantal]) => ({ signaal: data.signalen[id], aantal }))
    .sort(
      (a, b) =>
        b.aantal - a.aantal ||
        a.signaal.urgentieRang - b.signaal.urgentieRang ||
        a.signaal.titel.localeCompare(b.signaal.titel, 'nl'),
    );
}

/**
 * "Wie is aan zet" across the candidate signals, the professional's role
 * first: the organisations their role calls first, then the others at work
 * when signalling, each with the signals where they appear.
 */
export function samenAanZet(kandidaten: readonly GidsSignaal[], rol?: Rol) {
  const rijen = new Map<string, { organisatie: GidsOrganisatie; eerst: boolean; signalen: string[]; interventies: string[] }>();
  const voeg = (o: GidsOrganisatie, signaal: GidsSignaal, eerst: boolean, interventie?: string) => {
    const rij = rijen.get(o.id) ?? { organisatie: o, eerst, signalen: [], interventies: [] };
    rij.eerst ||= eerst;
    if (!rij.signalen.includes(signaal.titel)) rij.signalen.push(signaal.titel);
    if (interventie && !rij.interventies.includes(interventie)) rij.interventies.push(interventie);
    rijen.set(o.id, rij);
  };
  for (const s of kandidaten) {
    for (const o of (rol && s.perRol[rol]?.bellen) || []) voeg(o, s, true);
    for (const r of s.signaleren) for (const i of r.interventies) voeg(r.organisatie, s, false, i.titel);
  }
  return [...rijen.values()].sort(
    (a, b) =>
      Number(b.eerst) - Number(a.eerst) ||
      b.signalen.length - a.signalen.length ||
      a.organisatie.titel.localeCompare(b.organisatie.titel, 'nl'),
  );
}
