/**
 * An edition's theme (thema.css) is data: it may only set the design tokens
 * of src/styles/tokens.css inside `:root`. Parsed with postcss, so the rules
 * are structural: no @import, no url(), no other selectors or properties.
 * The contrast of every text/background pair is computed (WCAG 2.1, 1.4.3)
 * on the tokens as the theme leaves them.
 */
import postcss, { type Root } from 'postcss';
import { readFileSync } from 'node:fs';
import type { Probleem } from './problems.ts';
import { meestGelijkend } from './gelijkend.ts';

const TOKENS_CSS = new URL('../styles/tokens.css', import.meta.url);

/** The tokens and their default values, as src/styles/tokens.css declares them. */
export function standaardTokens(css = readFileSync(TOKENS_CSS, 'utf8')): Map<string, string> {
  const tokens = new Map<string, string>();
  postcss.parse(css).walkDecls((d) => {
    if (d.prop.startsWith('--bm-')) tokens.set(d.prop, d.value.trim());
  });
  return tokens;
}

/** Text/background pairs whose contrast must reach 4.5:1 (normal text, WCAG AA). */
export const CONTRASTPAREN: readonly (readonly [tekst: string, achtergrond: string])[] = [
  ['--bm-color-text', '--bm-color-background'],
  ['--bm-color-text', '--bm-color-surface'],
  ['--bm-color-text', '--bm-color-surface-strong'],
  ['--bm-color-text-muted', '--bm-color-background'],
  ['--bm-color-text-muted', '--bm-color-surface'],
  ['--bm-color-link', '--bm-color-background'],
  ['--bm-color-link', '--bm-color-surface'],
  ['--bm-color-link-visited', '--bm-color-background'],
  ['--bm-color-link-hover', '--bm-color-background'],
  ['--bm-color-brand-text', '--bm-color-brand'],
  ['--bm-color-focus-text', '--bm-color-focus'],
  ['--bm-color-danger', '--bm-color-danger-surface'],
  ['--bm-color-danger', '--bm-color-background'],
  ['--bm-color-warning', '--bm-color-warning-surface'],
  ['--bm-color-ok', '--bm-color-background'],
];

export const MIN_CONTRAST = 4.5;

/** Functions in a value that load something from elsewhere, or hide it. */
const VERBODEN_FUNCTIES = /\b(url|image|image-set|cross-fade|element|src|paint|expression)\s*\(/i;

const NAMEN: Record<string, [number, number, number]> = {
  black: [0, 0, 0],
  white: [255, 255, 255],
};

/**
 * Reads a CSS colour as sRGB 0–255 with alpha 0–1: #rgb, #rgba, #rrggbb,
 * #rrggbbaa, rgb()/rgba() (commas or spaces, numbers or percentages),
 * hsl()/hsla(), black and white. Anything else is undefined.
 */
export function leesKleur(waarde: string): { rgb: [number, number, number]; alpha: number } | undefined {
  const v = waarde.trim().toLowerCase();
  if (NAMEN[v]) return { rgb: NAMEN[v], alpha: 1 };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v);
  if (hex) {
    const h = hex[1].length <= 4 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return { rgb: [n(0), n(2), n(4)], alpha: h.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^(rgba?|hsla?)\(\s*([^)]*)\)$/.exec(v);
  if (!fn) return undefined;
  const delen = fn[2].split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (delen.length < 3 || delen.length > 4) return undefined;
  const getal = (s: string, max: number) => {
    const m = /^(-?\d*\.?\d+)(%|deg)?$/.exec(s);
    if (!m) return NaN;
    const x = Number(m[1]);
    return m[2] === '%' ? (x / 100) * max : x;
  };
  const alpha = delen[3] === undefined ? 1 : getal(delen[3], 1);
  if (fn[1].startsWith('rgb')) {
    const rgb = delen.slice(0, 3).map((d) => getal(d, 255));
    if ([...rgb, alpha].some((x) => Number.isNaN(x))) return undefined;
    return { rgb: rgb.map((x) => Math.min(255, Math.max(0, x))) as [number, number, number], alpha };
  }
  const [hue, s, l] = [getal(delen[0], 360), getal(delen[1], 1), getal(delen[2], 1)];
  if ([hue, s, l, alpha].some((x) => Number.isNaN(x))) return undefined;
  const k = (n: number) => (n + hue / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => 255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return { rgb: [f(0), f(8), f(4)], alpha };
}

/** WCAG 2.1 relative luminance of an sRGB colour. */
function luminantie([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours (1–21). */
export function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Follows var(--bm-…) to a final value (at most a few steps, no loops). */
function oplossen(waarde: string, tokens: ReadonlyMap<string, string>): string {
  let v = waarde.trim();
  for (let i = 0; i < 10; i++) {
    const m = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(v);
    if (!m) return v;
    v = (tokens.get(m[1]) ?? m[2] ?? '').trim();
  }
  return v;
}

/**
 * Checks a theme's CSS: structure, known tokens, forbidden functions, and
 * contrast of the pairs with the theme applied. `bestand` names the file.
 */
export function checkThema(css: string, bestand: string, standaard = standaardTokens()): Probleem[] {
  const problemen: Probleem[] = [];
  const p = (regel: number | undefined, melding: string) =>
    problemen.push({ bestand, veld: regel ? `regel ${regel}` : undefined, melding });
  let root: Root;
  try {
    root = postcss.parse(css, { from: undefined });
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return [
      { bestand, veld: e.line ? `regel ${e.line}` : undefined, melding: `CSS kan niet gelezen worden: ${e.reason ?? e.message}` },
    ];
  }
  const thema = new Map<string, string>();
  for (const node of root.nodes) {
    const regel = node.source?.start?.line;
    if (node.type === 'comment') continue;
    if (node.type === 'atrule') {
      p(regel, `@${node.name} is niet toegestaan in een thema; zet alleen --bm-…-tokens in :root { … }`);
      continue;
    }
    if (node.type !== 'rule' || node.selector.trim() !== ':root') {
      p(
        regel,
        `Alleen :root { … } is toegestaan in een thema${node.type === 'rule' ? `, niet "${node.selector.trim()}"` : ''}; de rest van de opmaak gebruikt de tokens`,
      );
      continue;
    }
    for (const d of node.nodes) {
      const r = d.source?.start?.line;
      if (d.type === 'comment') continue;
      if (d.type !== 'decl') {
        p(r, `Alleen tokens (--bm-…: waarde;) zijn toegestaan binnen :root`);
        continue;
      }
      if (!standaard.has(d.prop)) {
        const bedoeld = d.prop.startsWith('--') ? meestGelijkend(d.prop, standaard.keys()) : undefined;
        p(
          r,
          d.prop.startsWith('--')
            ? `onbekend token ${d.prop}; bedoel je ${bedoeld}?`
            : `"${d.prop}" is geen token; een thema zet alleen --bm-…-tokens (zie src/styles/tokens.css)`,
        );
        continue;
      }
      if (VERBODEN_FUNCTIES.test(d.value) || d.value.includes('\\') || /@import/i.test(d.value)) {
        p(r, `${d.prop}: url(), image() en tekens met een backslash zijn niet toegestaan; een thema haalt niets van elders op`);
        continue;
      }
      if (d.important) {
        p(r, `${d.prop}: !important is niet nodig in een thema; haal het weg`);
        continue;
      }
      thema.set(d.prop, d.value);
    }
  }
  if (problemen.length) return problemen;

  const tokens = new Map([...standaard, ...thema]);
  const kleur = (token: string) => {
    const waarde = oplossen(tokens.get(token) ?? '', tokens);
    return { waarde, kleur: leesKleur(waarde) };
  };
  const onleesbaar = new Set<string>();
  for (const [voor, achter] of CONTRASTPAREN) {
    if (!thema.has(voor) && !thema.has(achter)) continue;
    const a = kleur(voor);
    const b = kleur(achter);
    for (const [token, k] of [
      [voor, a],
      [achter, b],
    ] as const) {
      if (onleesbaar.has(token)) continue;
      if (!k.kleur || k.kleur.alpha < 1) {
        onleesbaar.add(token);
        p(
          undefined,
          `${token}: de kleur "${k.waarde}" kan niet op contrast beoordeeld worden; schrijf een dekkende kleur als #rrggbb`,
        );
      }
    }
    if (!a.kleur || !b.kleur || a.kleur.alpha < 1 || b.kleur.alpha < 1) continue;
    const c = contrast(a.kleur.rgb, b.kleur.rgb);
    if (c < MIN_CONTRAST) {
      p(
        undefined,
        `Te weinig contrast tussen ${voor} (${a.waarde}) en ${achter} (${b.waarde}): ${c.toFixed(2)}:1, minstens ${MIN_CONTRAST}:1 nodig (WCAG 2.1 AA)`,
      );
    }
  }
  return problemen;
}
