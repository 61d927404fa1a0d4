/**
 * Where a citation points, in terms a reader with a printout can follow: the
 * section (and page, where known) of the publication, resolved from the line
 * ranges that reviewers use ("regels 590–596"), via the table of contents
 * (`secties`) stored with each source document. Pure and synchronous.
 */

/** One heading of a source document: where it starts, its title, its level, and the page where known. */
export interface BronSectie {
  regel: number;
  titel: string;
  niveau: number;
  pagina?: number;
}

/** A cited section: its headings from the top level down, and the page where the deepest one starts, if known. */
export interface Sectiepad {
  pad: string[];
  pagina?: number;
}

export interface Vindplaats {
  /** The sections the citation falls in, in the order it names them, without repeats. */
  secties: Sectiepad[];
  /** The page (or pages) named on the citation itself, if any. */
  pagina?: string;
  /** What is left for reviewers: the line ranges, or the location as written when it names no lines. */
  locatie: string;
  /** True when `locatie` is only a line range (a secondary anchor), false when it is the reader's location. */
  alleenRegels: boolean;
}

/** The line ranges named in a location such as "regels 118–129 en 143–145" or "regel 76". */
export function regelbereiken(locatie: string): { van: number; tot: number }[] {
  const m = /\bregels?\s+(.*)$/i.exec(locatie);
  if (!m) return [];
  const bereiken: { van: number; tot: number }[] = [];
  for (const deel of m[1].matchAll(/(\d+)(?:\s*[–-]\s*(\d+))?/g)) {
    const van = Number(deel[1]);
    bereiken.push({ van, tot: deel[2] ? Number(deel[2]) : van });
  }
  return bereiken;
}

/** The chain of headings (top level first) that covers a line; empty before the first heading. */
export function sectiepadVoor(secties: readonly BronSectie[], regel: number): Sectiepad | undefined {
  const pad: BronSectie[] = [];
  for (const s of secties) {
    if (s.regel > regel) break;
    while (pad.length && pad[pad.length - 1].niveau >= s.niveau) pad.pop();
    pad.push(s);
  }
  if (!pad.length) return undefined;
  const pagina = [...pad].reverse().find((s) => s.pagina !== undefined)?.pagina;
  return { pad: pad.map((s) => s.titel), ...(pagina !== undefined ? { pagina } : {}) };
}

/**
 * Resolves a citation. An explicit `sectie` on the citation wins over the
 * table of contents; a location without line numbers is shown as written.
 */
export function vindplaats(
  citaat: { locatie: string; sectie?: string; pagina?: string },
  secties: readonly BronSectie[] = [],
): Vindplaats {
  const bereiken = regelbereiken(citaat.locatie);
  const alleenRegels = bereiken.length > 0 && citaat.locatie.replace(/\bregels?\b|\ben\b|\d+|[–\-,\s]/gi, '') === '';
  let paden: Sectiepad[] = [];
  if (citaat.sectie) paden = [{ pad: [citaat.sectie] }];
  else {
    const gezien = new Set<string>();
    for (const { van, tot } of bereiken) {
      // The section the range starts in, and every section that starts inside the range.
      const starts = [van, ...secties.filter((s) => s.regel > van && s.regel <= tot).map((s) => s.regel)];
      for (const regel of starts) {
        const p = sectiepadVoor(secties, regel);
        const sleutel = p?.pad.join('\u0000');
        if (!p || gezien.has(sleutel!)) continue;
        gezien.add(sleutel!);
        paden.push(p);
      }
    }
  }
  return {
    secties: paden,
    ...(citaat.pagina ? { pagina: citaat.pagina } : {}),
    locatie: citaat.locatie,
    alleenRegels: alleenRegels && paden.length > 0,
  };
}

/** One place in a source as a reader sees it: a section (or a written location), with the lines behind it for reviewers. */
export interface Plaats {
  sectie?: Sectiepad;
  /** Page(s) named on the citation. */
  pagina?: string;
  /** The location as written when there is no section; otherwise the line ranges, for reviewers only. */
  locaties: string[];
  /** True when `locaties` are only line ranges behind `sectie`. */
  alleenRegels: boolean;
}

/**
 * Merges the citations of one source into the places a reader looks up:
 * citations in the same section become one place, with their line ranges
 * kept together as a secondary anchor.
 */
export function plaatsen(vindplaatsen: readonly Vindplaats[]): Plaats[] {
  const uit = new Map<string, Plaats>();
  for (const v of vindplaatsen) {
    const delen: (Sectiepad | undefined)[] = v.secties.length ? v.secties : [undefined];
    for (const sectie of delen) {
      const sleutel = sectie
        ? `s:${sectie.pad.join('\u0000')}|${v.pagina ?? ''}|${v.alleenRegels}`
        : `l:${v.locatie}|${v.pagina ?? ''}`;
      const p = uit.get(sleutel) ?? {
        ...(sectie ? { sectie } : {}),
        ...(v.pagina ? { pagina: v.pagina } : {}),
        locaties: [],
        alleenRegels: v.alleenRegels,
      };
      if (!p.locaties.includes(v.locatie)) p.locaties.push(v.locatie);
      uit.set(sleutel, p);
    }
  }
  return [...uit.values()];
}

/** Lines that look like headings: Markdown headings, numbered headings, or short capitalised lines on their own. */
export function kopregels(tekst: string): { regel: number; titel: string; niveau: number }[] {
  const regels = tekst.split('\n');
  const uit: { regel: number; titel: string; niveau: number }[] = [];
  regels.forEach((r, i) => {
    const s = r.trim().replace(/\*\*/g, '');
    if (!s) return;
    const vorige = i > 0 ? regels[i - 1].trim() : '';
    const md = /^(#{1,3})\s+(.*)$/.exec(s);
    if (md) return void uit.push({ regel: i + 1, titel: md[2], niveau: md[1].length });
    const genummerd = /^(\d+(?:\.\d+)*)\.?\s+\S/.exec(s);
    const kort = s.split(/\s+/).length <= 9 && !/[.,;:)]$/.test(s) && /^[A-Z0-9«'“]/.test(s) && !/^[-•*(]/.test(s);
    if (vorige === '' && kort) uit.push({ regel: i + 1, titel: s, niveau: genummerd ? genummerd[1].split('.').length : 2 });
  });
  return uit;
}
