/**
 * Slides that fit a projector screen: content is split into consecutive
 * slides at build time, so that the beamer and the presenter window number
 * the slides the same way, and the slides also read without JavaScript.
 *
 * The slide's type scales with the screen and never drops below
 * DIA_MAAT.minimumPx (24 px at 1280×720, 36 px at 1920×1080: the same layout
 * on every 16:9 screen). What fits is estimated in lines of text of that
 * size; a browser test measures every slide to prove the estimate holds.
 */
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { List, ListItem, Root, RootContent } from 'mdast';
import { leesMarkdown, tekstVan, type MdNode } from './body.ts';

/** The measures of a slide, in lines and characters of body text. */
export const DIA_MAAT = {
  /** The smallest type on a slide, in CSS pixels at 1280×720 (1.875vw). */
  minimumPx: 24,
  /** Characters of body text on one full-width line (conservative for wide fonts such as DejaVu Sans). */
  tekensPerRegel: 88,
  /** Lines of body text below a one-line slide title. */
  regelsPerDia: 16.5,
  /** Characters on one line of a slide title (1.5× body size). */
  tekensPerKopregel: 56,
  /** Body lines a second title line takes away. */
  regelsPerKopregel: 1.6,
  /** Extra height of a paragraph or list (its margin), in lines. */
  marge: 0.4,
} as const;

/** Lines a text of `tekens` characters takes at `breedte` characters a line. */
export function regels(tekst: string, breedte: number = DIA_MAAT.tekensPerRegel): number {
  const woorden = tekst.replace(/\s+/g, ' ').trim().split(' ');
  // Word wrap: count as a browser would, a word that does not fit goes to the next line.
  let n = 1;
  let lengte = 0;
  for (const w of woorden) {
    const erbij = lengte === 0 ? w.length : lengte + 1 + w.length;
    if (erbij > breedte && lengte > 0) {
      n += 1;
      lengte = w.length;
    } else lengte = erbij;
  }
  return n;
}

/** Body lines left for content on a slide with this title. */
export function capaciteit(titel: string): number {
  const kopregels = regels(titel, DIA_MAAT.tekensPerKopregel);
  return DIA_MAAT.regelsPerDia - (kopregels - 1) * DIA_MAAT.regelsPerKopregel;
}

/**
 * Packs items into consecutive groups whose estimated lines stay within
 * `max`, in order. An item larger than `max` on its own is an error: it
 * would not fit any slide, and nothing is cut silently.
 */
export function verdeel<T>(items: readonly T[], gewicht: (t: T) => number, max: number, wat = 'blok'): T[][] {
  const groepen: T[][] = [];
  let huidig: T[] = [];
  let som = 0;
  for (const item of items) {
    const g = gewicht(item);
    if (g > max)
      throw new Error(
        `Een ${wat} is te lang voor één dia (${g.toFixed(1)} regels, er passen er ${max}). Splits de tekst in kortere alinea's.`,
      );
    if (huidig.length && som + g > max) {
      groepen.push(huidig);
      huidig = [];
      som = 0;
    }
    huidig.push(item);
    som += g;
  }
  if (huidig.length) groepen.push(huidig);
  return groepen;
}

/**
 * As `verdeel`, but with the load spread evenly: as few slides as greedy
 * packing needs, each about as full as the others (no last slide with one line).
 */
export function verdeelGelijk<T>(items: readonly T[], gewicht: (t: T) => number, max: number, wat = 'blok'): T[][] {
  const gretig = verdeel(items, gewicht, max, wat);
  if (gretig.length < 2) return gretig;
  const totaal = items.reduce((som, t) => som + gewicht(t), 0);
  for (let grens = totaal / gretig.length; grens < max; grens += 0.25) {
    const groepen = verdeel(items, gewicht, Math.max(grens, ...items.map(gewicht)), wat);
    if (groepen.length <= gretig.length) return groepen;
  }
  return gretig;
}

/** One block of Markdown: a paragraph, or one item of a list (lists split between items). */
export interface Blok {
  regels: number;
  node: RootContent;
  /** For a list item: its list, and its number in that list. */
  lijst?: { lijst: List; nummer: number };
}

/** The blocks of a Markdown fragment, each with its estimated lines. */
export function markdownBlokken(markdown: string): Blok[] {
  const tree = leesMarkdown(markdown) as unknown as Root;
  return tree.children.flatMap((node): Blok[] => {
    if (node.type === 'list') {
      const start = node.start ?? 1;
      return node.children.map((item, i) => ({
        node: item as unknown as RootContent,
        lijst: { lijst: node, nummer: start + i },
        // A list item is indented by about four characters.
        regels:
          regels(tekstVan(item as unknown as MdNode), DIA_MAAT.tekensPerRegel - 4) +
          (i === node.children.length - 1 ? DIA_MAAT.marge : 0.15),
      }));
    }
    if (node.type === 'heading') return [{ node, regels: 1.5 + DIA_MAAT.marge }];
    return [{ node, regels: regels(tekstVan(node as unknown as MdNode)) + DIA_MAAT.marge }];
  });
}

/** HTML of a group of blocks; consecutive items of one list become one list that keeps its numbering. */
export function blokkenHtml(blokken: readonly Blok[]): string {
  const nodes: RootContent[] = [];
  for (const b of blokken) {
    const vorige = nodes.at(-1) as (List & { bron?: List }) | undefined;
    if (b.lijst && vorige?.type === 'list' && vorige.bron === b.lijst.lijst) {
      vorige.children.push(b.node as ListItem);
    } else if (b.lijst) {
      nodes.push({
        ...b.lijst.lijst,
        start: b.lijst.lijst.ordered ? b.lijst.nummer : undefined,
        children: [b.node as ListItem],
        bron: b.lijst.lijst,
      } as List);
    } else nodes.push(b.node);
  }
  return toHtml(toHast({ type: 'root', children: nodes }));
}

export interface DiaTekst {
  titel: string;
  html: string;
}

/** A titled Markdown section as one or more slides; the title says which part ("Situatie (2/3)"). */
export function sectieDias(titel: string, markdown: string): DiaTekst[] {
  const blokken = markdownBlokken(markdown);
  const langsteTitel = `${titel} (9/9)`;
  const delen = verdeelGelijk(blokken, (b) => b.regels, capaciteit(langsteTitel), `alinea onder "${titel}"`);
  return delen.map((deel, i) => ({
    titel: delen.length > 1 ? `${titel} (${i + 1}/${delen.length})` : titel,
    html: blokkenHtml(deel),
  }));
}

/** The part number in a slide title, for a series of slides. */
export function deelTitel(titel: string, i: number, n: number): string {
  return n > 1 ? `${titel} (${i + 1}/${n})` : titel;
}

/** One row on a phase slide: a phase and (some of) its items; `vervolg` when the phase began on an earlier row. */
export interface FaseRij<T> {
  fase: string;
  items: T[];
  vervolg: boolean;
}

/** Characters a line holds in the items column of a phase row (the phase name takes the left third). */
export const FASE_TEKENS = Math.floor(DIA_MAAT.tekensPerRegel * 0.75);

/**
 * Phases with their items over as few slides as fit: each phase is a row
 * (phase name left, its items right, one a line). A phase with more items
 * than fit continues on the next slide.
 */
export function faseDias<T>(
  titel: string,
  fasen: readonly { fase: string; items: readonly T[] }[],
  tekst: (t: T) => string,
  vooraf = 0,
): FaseRij<T>[][] {
  const max = capaciteit(`${titel} (9/9)`);
  // Every item as its own row piece, so that a long phase can break between items.
  const stukken = fasen.flatMap(({ fase, items }) =>
    items.length === 0
      ? [{ fase, item: undefined as T | undefined, eerste: true, regels: 1 + DIA_MAAT.marge }]
      : items.map((item, i) => ({
          fase,
          item: item as T | undefined,
          eerste: i === 0,
          regels: regels(tekst(item), FASE_TEKENS) + (i === items.length - 1 ? DIA_MAAT.marge : 0.1),
        })),
  );
  // What comes first on the first slide (e.g. the urgency) counts with the first piece.
  if (stukken.length) stukken[0] = { ...stukken[0], regels: stukken[0].regels + vooraf };
  const groepen = verdeelGelijk(stukken, (s) => s.regels, max, 'interventie');
  if (!groepen.length) groepen.push([]);
  return groepen.map((groep) => {
    const rijen: FaseRij<T>[] = [];
    for (const s of groep) {
      const laatste = rijen.at(-1);
      if (laatste && laatste.fase === s.fase) {
        if (s.item !== undefined) laatste.items.push(s.item);
      } else rijen.push({ fase: s.fase, items: s.item === undefined ? [] : [s.item], vervolg: !s.eerste });
    }
    return rijen;
  });
}

/** The Markdown under the level-2 heading `kop` (up to the next level-2 heading); throws with the heading when it is missing. */
export function sectieMarkdown(body: string, kop: string): string {
  const regels = body.split('\n');
  const begin = regels.findIndex((r) => r.replace(/\s+$/, '') === `## ${kop}`);
  if (begin === -1) throw new Error(`Sectie "${kop}" ontbreekt`);
  const eind = regels.findIndex((r, i) => i > begin && /^## /.test(r));
  return regels
    .slice(begin + 1, eind === -1 ? undefined : eind)
    .join('\n')
    .trim();
}
