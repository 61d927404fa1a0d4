/**
 * Reads the content folder the way the site does, without Astro: every file
 * becomes either a raw entry or a problem. Nothing is skipped silently; only
 * hidden files (a name starting with ".") are ignored, as editors' tools make
 * them (.DS_Store, .gitkeep).
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deserialize, serialize } from 'node:v8';
import { dirname, extname, join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { checkBody, type BodyNode } from './body-safety.ts';
import { onzichtbaarMelding } from './tekens.ts';
import { COLLECTIONS, EXTENSIES, ID_PATROON, STAPPEN_KOP, type CollectionName } from './model.ts';
import type { Probleem } from './problems.ts';
import { checkTaal, type Uitzondering } from './taal.ts';
import { gedeeldGeheugen } from './geheugen.ts';
import { alsLeesFout, eersteLijstOnder, leesMarkdown, tekstVan, type MdNode } from './body.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path shown to editors, relative to the working directory. */
  bestand: string;
  data: unknown;
  /** The outline of an MDX body: "## Kop" for level-2 headings, "<Naam />" for components, in order. */
  structuur?: string[];
  /** Level-1 headings: not allowed in a body (the title comes from frontmatter). */
  koppen1?: string[];
  /** Every component used anywhere in the body, with its line. */
  componenten?: { naam: string; regel?: number }[];
  /** The number of steps in the first list under "Wat doe je nu?", if the body has that section. */
  aantalStappen?: number;
  /** The Markdown/MDX body after the frontmatter, as the build renders it. */
  body?: string;
}

export interface ReadResult {
  entries: RawEntry[];
  problemen: Probleem[];
  /** "collection/id" of every content file read, also those that could not be parsed. */
  bestaand?: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/**
 * How Astro itself finds the frontmatter (@astrojs/internal-helpers,
 * frontmatter.js). The body we check must be the body Astro renders, so a
 * file where the two disagree (e.g. a closing "---" with text after it) is
 * refused.
 */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * The id of an entry: its file name without extension. Only "/" (and the
 * platform's own separator) separates folders: a backslash in a file name on
 * Linux is part of the name, and so fails the id rule.
 */
export function idFromPath(path: string): string {
  const name = (sep === '/' ? path.split('/') : path.split(/[\\/]/)).pop() ?? path;
  return name.slice(0, name.length - extname(name).length);
}

/** Invisible or control characters in a text, one problem per line. */
export function onzichtbareTekens(bestand: string, text: string, regelOffset: number): Probleem[] {
  return text.split('\n').flatMap((regel, i) => {
    const melding = onzichtbaarMelding(regel.replace(/\r$/, ''));
    return melding ? [{ bestand, veld: `regel ${i + 1 + regelOffset}`, melding }] : [];
  });
}

function componentenIn(node: MdNode, regelOffset: number): { naam: string; regel?: number }[] {
  const hier =
    node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
      ? [{ naam: node.name ?? '(fragment)', regel: node.position ? node.position.start.line + regelOffset : undefined }]
      : [];
  return [...hier, ...(node.children ?? []).flatMap((c) => componentenIn(c, regelOffset))];
}

const gelezenYaml = gedeeldGeheugen<string, unknown>('yaml');

/**
 * The YAML results of the previous build (laadYamlCache), kept on
 * globalThis like the memo itself: the check and the loaders load this
 * module separately.
 */
const vorigeBouw = (): Map<string, unknown> =>
  ((globalThis as { [k: symbol]: Map<string, unknown> })[Symbol.for('barrieremodel.yaml-vorige-bouw')] ??= new Map());

/** What a cached result depends on besides the text: the YAML library, our reading options and the serialiser. */
function yamlCacheVersie(): string {
  const yaml = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
  return `yaml ${yaml}; aliassen ${MAX_ALIASSEN}; v8 ${process.versions.v8}`;
}

/**
 * Reads the YAML results an earlier build kept in `bestand` (in Astro's cache
 * folder), so an unchanged file's frontmatter is not parsed again. Only
 * results without problems were kept, each under its exact text, and only for
 * the same YAML library and options: a file with a problem is always read,
 * and reported, anew. A missing, damaged or outdated cache is simply not used.
 * Returns how many results were read.
 */
export function laadYamlCache(bestand: string): number {
  const vorige = vorigeBouw();
  vorige.clear();
  let inhoud: unknown;
  try {
    inhoud = deserialize(readFileSync(bestand));
  } catch {
    return 0;
  }
  const { versie, items } = (inhoud ?? {}) as { versie?: unknown; items?: unknown };
  if (versie !== yamlCacheVersie() || !Array.isArray(items)) return 0;
  for (const item of items as unknown[]) {
    if (Array.isArray(item) && typeof item[0] === 'string' && item[1] !== undefined) vorige.set(item[0], item[1]);
  }
  return vorige.size;
}

/**
 * Keeps this process's YAML results in `bestand` for the next build: only the
 * texts read this time, so the edited versions of a file do not pile up.
 * Written to a temporary file first and then renamed, so a build that stops
 * halfway, or one running at the same time, never leaves half a cache.
 */
export function bewaarYamlCache(bestand: string): void {
  mkdirSync(dirname(bestand), { recursive: true });
  const tijdelijk = `${bestand}.${process.pid}.tmp`;
  writeFileSync(tijdelijk, serialize({ versie: yamlCacheVersie(), items: [...gelezenYaml.entries()] }));
  renameSync(tijdelijk, bestand);
}

/** At most this many aliases (*naam) per file: a YAML "alias bomb" is refused, not expanded. */
export const MAX_ALIASSEN = 50;

/**
 * Parses YAML into plain data, or problems: syntax errors with their line,
 * and too many or nested aliases (which would blow up memory) as a problem
 * instead of an exception.
 */
export function leesYaml(text: string, bestand: string, regelOffset: number): { data?: unknown; problemen: Probleem[] } {
  // Read once per process: the build's loader gets the data the check has read (read-only, as the trees in body.ts).
  const eerder = gelezenYaml.get(text) ?? vorigeBouw().get(text);
  if (eerder !== undefined) {
    gelezenYaml.set(text, eerder);
    return { data: eerder, problemen: [] };
  }
  const doc = parseDocument(text, { prettyErrors: true });
  // Warnings too: an unknown tag (e.g. !!js/function) means Astro's own YAML reader would read the file differently.
  const problemen: Probleem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    bestand,
    veld: e.linePos ? `regel ${e.linePos[0].line + regelOffset}` : undefined,
    melding: `YAML kan niet gelezen worden: ${
      /Maximum call stack/.test(e.message)
        ? 'de gegevens zijn te diep genest (lijsten of velden in elkaar); schrijf ze eenvoudiger'
        : e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    }`,
  }));
  if (problemen.length) return { problemen };
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIASSEN }) as unknown;
    if (data !== undefined) gelezenYaml.set(text, data);
    return { data, problemen };
  } catch (error) {
    const m = (error as Error).message;
    return {
      problemen: [
        {
          bestand,
          melding: /alias/i.test(m)
            ? `YAML kan niet gelezen worden: te veel of te diep geneste verwijzingen (*alias); schrijf de gegevens uit`
            : `YAML kan niet gelezen worden: ${m.split('\n')[0]}`,
        },
      ],
    };
  }
}

/**
 * Parses one file's text into a raw entry or problems. The check reads the
 * whole file; the build's loader, after the check has passed, only needs the
 * fields and the body (`{ alleenGegevens: true }` skips the body's syntax tree).
 */
export function parseEntry(
  collection: CollectionName,
  bestand: string,
  tekst: string,
  opties: { alleenGegevens?: boolean } = {},
): ReadResult {
  const text = tekst.replace(/^\uFEFF/, '');
  const id = idFromPath(bestand);
  const problemen: Probleem[] = [];
  if (!ID_PATROON.test(id)) {
    problemen.push({
      bestand,
      veld: 'bestandsnaam',
      melding: `"${id}" is geen geldige id: gebruik kleine letters, cijfers en streepjes (bijv. "mijn-signaal")`,
    });
  }
  if (text.trim() === '') {
    problemen.push({ bestand, melding: 'Het bestand is leeg' });
    return { entries: [], problemen };
  }
  const ext = extname(bestand);
  let data: unknown;
  let structuur: string[] | undefined;
  let koppen1: string[] | undefined;
  let componenten: { naam: string; regel?: number }[] | undefined;
  let aantalStappen: number | undefined;
  let body: string | undefined;
  /** Problems in a body that parsed: reported, while the fields are still checked. */
  const inhoud: Probleem[] = [];
  if (ext === '.yaml' || ext === '.yml') {
    const yaml = leesYaml(text, bestand, 0);
    problemen.push(...yaml.problemen);
    data = yaml.data;
  } else {
    const fm = FRONTMATTER.exec(text);
    if (!fm) {
      problemen.push({
        bestand,
        veld: 'frontmatter',
        melding: 'Het bestand begint niet met frontmatter tussen twee regels "---"',
      });
      return { entries: [], problemen };
    }
    const astro = ASTRO_FRONTMATTER.exec(text);
    if (!astro || astro.index + astro[0].length !== fm[0].lastIndexOf('---') + 3) {
      problemen.push({
        bestand,
        veld: 'frontmatter',
        melding: 'De frontmatter moet eindigen met een regel met alleen "---"',
      });
      return { entries: [], problemen };
    }
    const yaml = leesYaml(fm[1], bestand, 1);
    problemen.push(...yaml.problemen);
    data = yaml.data;
    const bodyStart = fm[0].split('\n').length - 1;
    body = text.slice(fm[0].length);
    if (!opties.alleenGegevens) inhoud.push(...onzichtbareTekens(bestand, body!, bodyStart));
    if (!opties.alleenGegevens)
      try {
        const tree = leesMarkdown(body!, ext === '.mdx' ? 'mdx' : 'md');
        inhoud.push(...checkBody(tree as BodyNode, bestand, bodyStart));
        const top = tree.children ?? [];
        structuur = top.flatMap((n) =>
          n.type === 'heading' && n.depth === 2
            ? [`## ${tekstVan(n).trim()}`]
            : n.type === 'mdxJsxFlowElement'
              ? [`<${n.name ?? ''} />`]
              : [],
        );
        koppen1 = top.filter((n) => n.type === 'heading' && n.depth === 1).map((h) => tekstVan(h).trim());
        componenten = componentenIn(tree, bodyStart);
        aantalStappen = eersteLijstOnder(tree, STAPPEN_KOP)?.length;
      } catch (error) {
        // Whatever goes wrong reading a body is reported with the file, never as a crash.
        const { regel, reden } = alsLeesFout(error);
        problemen.push({
          bestand,
          veld: regel ? `regel ${regel + bodyStart}` : 'tekst',
          melding: `${ext === '.mdx' ? 'MDX' : 'Markdown'} kan niet gelezen worden: ${reden}`,
        });
      }
  }
  if (problemen.length > 0) return { entries: [], problemen: [...problemen, ...inhoud] };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problemen.push({ bestand, melding: 'De gegevens van dit bestand zijn geen lijst van velden (sleutel: waarde)' });
    return { entries: [], problemen };
  }
  return {
    entries: [{ collection, id, bestand, data, structuur, koppen1, componenten, aantalStappen, body }],
    problemen: inhoud,
  };
}

const foutcode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * A plain Markdown text without frontmatter (an edition's lokaal/*.md): the
 * same rules as every body (no HTML, safe links, no invisible characters).
 */
export function checkMarkdownTekst(bestand: string, text: string): Probleem[] {
  const tekens = onzichtbareTekens(bestand, text, 0);
  try {
    return [...tekens, ...checkBody(leesMarkdown(text) as BodyNode, bestand, 0)];
  } catch (error) {
    const { regel, reden } = alsLeesFout(error);
    return [
      ...tekens,
      { bestand, veld: regel ? `regel ${regel}` : 'tekst', melding: `Markdown kan niet gelezen worden: ${reden}` },
    ];
  }
}

/**
 * Every file under a folder, never following a symbolic link: a link is
 * reported (its target may lie outside the folder, or loop). Unreadable
 * folders and special files are reported too.
 */
export function walkVeilig(dir: string, toon: (path: string) => string): { bestanden: string[]; problemen: Probleem[] } {
  const bestanden: string[] = [];
  const problemen: Probleem[] = [];
  const bezoek = (d: string) => {
    let namen: string[];
    try {
      namen = readdirSync(d);
    } catch (error) {
      problemen.push({ bestand: toon(d), melding: `De map kan niet gelezen worden (${foutcode(error)})` });
      return;
    }
    for (const name of namen.filter((n) => !n.startsWith('.')).sort()) {
      const path = join(d, name);
      const st = lstatSync(path);
      if (st.isSymbolicLink()) {
        problemen.push({
          bestand: toon(path),
          melding: 'Is een symbolische link; die worden niet gevolgd. Zet het bestand zelf in de map',
        });
      } else if (st.isDirectory()) bezoek(path);
      else if (st.isFile()) bestanden.push(path);
      else problemen.push({ bestand: toon(path), melding: 'Is geen gewoon bestand en wordt niet gelezen' });
    }
  };
  bezoek(dir);
  return { bestanden, problemen };
}

/**
 * Reads a file as UTF-8 text, or a problem: unreadable, a symbolic link, or
 * not valid UTF-8. A leading byte-order mark (Windows Notepad) is dropped.
 */
export function leesTekst(path: string, bestand: string): { text?: string; probleem?: Probleem } {
  try {
    if (lstatSync(path).isSymbolicLink()) {
      return {
        probleem: { bestand, melding: 'Is een symbolische link; die worden niet gevolgd. Zet het bestand zelf in de map' },
      };
    }
    const bytes = readFileSync(path);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch (error) {
    if (error instanceof TypeError) {
      return { probleem: { bestand, veld: 'codering', melding: 'Is geen geldige UTF-8-tekst; sla het bestand op als UTF-8' } };
    }
    return { probleem: { bestand, melding: `Het bestand kan niet gelezen worden (${foutcode(error)})` } };
  }
}

/**
 * Reads every file under a content folder (one sub-folder per collection),
 * and runs the language check on each file's text.
 */
export function readContentDir(
  contentDir: string,
  cwd = process.cwd(),
  uitzonderingen: readonly Uitzondering[] = [],
): ReadResult {
  const result: Required<ReadResult> = { entries: [], problemen: [], bestaand: [] };
  const toon = (path: string) => relative(cwd, path).split(sep).join('/');
  const { bestanden, problemen } = walkVeilig(contentDir, toon);
  result.problemen.push(...problemen);
  for (const path of bestanden) {
    const bestand = toon(path);
    const parts = relative(contentDir, path).split(sep);
    const collection = parts[0] as CollectionName;
    if (parts.length === 1 || !COLLECTIONS.includes(collection)) {
      result.problemen.push({
        bestand,
        melding: `Staat niet in een map van een collectie; gebruik een van: ${COLLECTIONS.join(', ')}`,
      });
      continue;
    }
    if (parts.length > 2) {
      result.problemen.push({
        bestand,
        melding: `Staat in een submap; zet het direct in ${parts[0]}/ (submappen worden niet gelezen)`,
      });
      continue;
    }
    const ext = extname(path);
    if (!EXTENSIES[collection].includes(ext)) {
      result.problemen.push({
        bestand,
        veld: 'bestandstype',
        melding: `"${ext || '(geen)'}" wordt niet gelezen in ${collection}/; gebruik ${EXTENSIES[collection].join(' of ')}`,
      });
      continue;
    }
    result.bestaand.push(`${collection}/${idFromPath(path)}`);
    const { text, probleem } = leesTekst(path, bestand);
    if (probleem) {
      result.problemen.push(probleem);
      continue;
    }
    const one = parseEntry(collection, bestand, text!);
    result.entries.push(...one.entries);
    result.problemen.push(...one.problemen, ...checkTaal(bestand, text!, uitzonderingen));
  }
  return result;
}
