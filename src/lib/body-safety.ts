/**
 * Content is data, not code: the rules every Markdown/MDX body must follow
 * before the build may render it. Checked on the parsed tree (the build's
 * own parser, see body.ts), so the rejection is structural, not a text pattern.
 *
 * - MDX: no import/export, no {…} expressions, components only from the
 *   collection's list and without attributes or content.
 * - Markdown and MDX: no raw HTML; link and image targets only relative,
 *   https:, http:, mailto: or tel:.
 *
 * The same rules are applied while rendering (src/integrations/content-guard.ts)
 * as a second wall; this check is the first, with file and line.
 */
import type { Probleem } from './problems.ts';

export interface BodyNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  identifier?: string;
  attributes?: unknown[];
  position?: { start: { line: number } };
  children?: BodyNode[];
}

export type Onveilig =
  | { soort: 'esm'; tekst: string }
  | { soort: 'expressie'; tekst: string }
  | { soort: 'attribuut'; naam: string }
  | { soort: 'component-inhoud'; naam: string }
  | { soort: 'html'; tekst: string }
  | { soort: 'link'; url: string }
  | { soort: 'afbeelding'; url: string };

/** Schemes a link or image may use; anything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const VEILIGE_SCHEMA = ['https', 'http', 'mailto', 'tel'] as const;

/**
 * Whether a link target is safe: relative, or one of VEILIGE_SCHEMA. Browsers
 * ignore ASCII whitespace and control characters inside a scheme
 * ("java\tscript:"), so those are removed before looking; "//host" and
 * "\\host" (protocol-relative, another origin) are refused.
 */
export function veiligeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const schoon = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (/^[\\/]{2}/.test(schoon)) return false;
  const schema = /^([^:/?#]*):/.exec(schoon);
  if (!schema) return true;
  return (VEILIGE_SCHEMA as readonly string[]).includes(schema[1].toLowerCase());
}

/**
 * Whether an image source is safe: only relative (an image from another site
 * is a request to another origin, e.g. a tracking pixel).
 */
export function veiligeAfbeelding(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const schoon = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return veiligeUrl(url) && !/^[^:/?#]*:/.test(schoon);
}

const kort = (s: string) => {
  const een = s.replace(/\s+/g, ' ').trim();
  return een.length > 60 ? `${een.slice(0, 57)}…` : een;
};

/** Every unsafe node in a parsed body, with its line (relative to the body). */
/** Link reference definitions ("[id]: url") of a tree, by identifier. */
function definitiesIn(tree: BodyNode): Map<string, string> {
  const definities = new Map<string, string>();
  const verzamel = (node: BodyNode) => {
    if (node.type === 'definition' && node.identifier && typeof node.url === 'string') definities.set(node.identifier, node.url);
    for (const c of node.children ?? []) verzamel(c);
  };
  verzamel(tree);
  return definities;
}

export function vindOnveilig(tree: BodyNode): { regel?: number; wat: Onveilig }[] {
  const gevonden: { regel?: number; wat: Onveilig }[] = [];
  const definities = definitiesIn(tree);
  const bezoek = (node: BodyNode) => {
    const regel = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        gevonden.push({ regel, wat: { soort: 'esm', tekst: kort(node.value ?? '') } });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        gevonden.push({ regel, wat: { soort: 'expressie', tekst: kort(node.value ?? '') } });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const naam = node.name ?? '(fragment)';
        for (const a of node.attributes ?? []) {
          const attr = a as { type: string; name?: string };
          gevonden.push({
            regel,
            wat: { soort: 'attribuut', naam: attr.type === 'mdxJsxAttribute' ? `${naam} ${attr.name}` : `${naam} {…}` },
          });
        }
        if ((node.children ?? []).length > 0) gevonden.push({ regel, wat: { soort: 'component-inhoud', naam } });
        break;
      }
      case 'html':
        gevonden.push({ regel, wat: { soort: 'html', tekst: kort(node.value ?? '') } });
        break;
      case 'link':
      case 'definition':
        if (typeof node.url === 'string' && !veiligeUrl(node.url))
          gevonden.push({ regel, wat: { soort: 'link', url: kort(node.url) } });
        break;
      case 'image':
        if (typeof node.url === 'string' && !veiligeAfbeelding(node.url))
          gevonden.push({ regel, wat: { soort: 'afbeelding', url: kort(node.url) } });
        break;
      case 'imageReference': {
        const url = definities.get(node.identifier ?? '');
        if (url !== undefined && !veiligeAfbeelding(url)) gevonden.push({ regel, wat: { soort: 'afbeelding', url: kort(url) } });
        break;
      }
    }
    for (const c of node.children ?? []) bezoek(c);
  };
  bezoek(tree);
  return gevonden;
}

/** The Dutch message for an unsafe node. */
export function meldingVoor(wat: Onveilig): string {
  switch (wat.soort) {
    case 'esm':
      return `"${wat.tekst}": import en export zijn niet toegestaan; inhoud is tekst, geen code`;
    case 'expressie':
      return `"{${wat.tekst}}": code tussen accolades is niet toegestaan; wil je een accolade als teken tonen, schrijf dan \\{`;
    case 'attribuut':
      return `<${wat.naam}=…>: onderdelen krijgen geen attributen; schrijf het onderdeel als <${wat.naam.split(' ')[0]} />`;
    case 'component-inhoud':
      return `<${wat.naam}>…</${wat.naam}>: dit onderdeel heeft geen inhoud; schrijf het als <${wat.naam} />`;
    case 'html':
      return `HTML is niet toegestaan in de tekst ("${wat.tekst}"); gebruik Markdown`;
    case 'afbeelding':
      return `De afbeelding "${wat.url}" staat niet op deze site; gebruik alleen afbeeldingen met een relatief pad (geen verzoeken naar andere sites)`;
    case 'link':
      return `De link "${wat.url}" is niet toegestaan; gebruik een relatieve link of een link die begint met ${VEILIGE_SCHEMA.map((s) => `${s}:`).join(', ')}`;
  }
}

/**
 * A harmless copy of a parsed Markdown tree (the second wall where a body is
 * rendered outside Astro, see secties.ts): raw HTML is dropped, unsafe link
 * targets emptied, images from elsewhere removed. The tree itself, shared
 * by every reader (body.ts), is left as it is; nodes that need no change
 * are shared with the copy.
 */
export function ontsmet(tree: BodyNode): BodyNode {
  const definities = definitiesIn(tree);
  const schoon = (node: BodyNode): BodyNode => {
    const onveiligeUrl =
      (node.type === 'link' || node.type === 'definition') && typeof node.url === 'string' && !veiligeUrl(node.url);
    if (!node.children) return onveiligeUrl ? { ...node, url: '' } : node;
    const children = node.children
      .filter(
        (c) =>
          c.type !== 'html' &&
          !(c.type === 'image' && !veiligeAfbeelding(c.url ?? '')) &&
          !(c.type === 'imageReference' && !veiligeAfbeelding(definities.get(c.identifier ?? '') ?? '')),
      )
      .map(schoon);
    return { ...node, ...(onveiligeUrl ? { url: '' } : {}), children };
  };
  return schoon(tree);
}

/** The problems of one parsed body; `regelOffset` turns body lines into file lines. */
export function checkBody(tree: BodyNode, bestand: string, regelOffset: number): Probleem[] {
  return vindOnveilig(tree).map(({ regel, wat }) => ({
    bestand,
    veld: regel ? `regel ${regel + regelOffset}` : 'tekst',
    melding: meldingVoor(wat),
  }));
}
