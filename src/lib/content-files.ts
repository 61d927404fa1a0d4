/**
 * Reads the content folder the way the site does, without Astro: every file
 * becomes either a raw entry or a problem. Nothing is skipped silently; only
 * hidden files (a name starting with ".") are ignored, as editors' tools make
 * them (.DS_Store, .gitkeep).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { COLLECTIONS, EXTENSIES, ID_PATROON, STAPPEN_KOP, type CollectionName } from './model.ts';
import type { Probleem } from './problems.ts';
import { checkTaal, type Uitzondering } from './language.ts';
import { markdownParser, mdxParser, tekstVan, type MdNode } from './body.ts';

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
}

export interface ReadResult {
  entries: RawEntry[];
  problemen: Probleem[];
  /** "collection/id" of every content file read, also those that could not be parsed. */
  bestaand?: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The id of an entry: its file name without extension. */
export function idFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.slice(0, name.length - extname(name).length);
}

function componentenIn(node: MdNode, regelOffset: number): { naam: string; regel?: number }[] {
  const hier =
    node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
      ? [{ naam: node.name ?? '(fragment)', regel: node.position ? node.position.start.line + regelOffset : undefined }]
      : [];
  return [...hier, ...(node.children ?? []).flatMap((c) => componentenIn(c, regelOffset))];
}


function yamlProblemen(doc: ReturnType<typeof parseDocument>, bestand: string, regelOffset: number): Probleem[] {
  return doc.errors.map((e) => ({
    bestand,
    veld: e.linePos ? `regel ${e.linePos[0].line + regelOffset}` : undefined,
    melding: `YAML kan niet gelezen worden: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
  }));
}

/** Parses one file's text into a raw entry or problems. */
export function parseEntry(collection: CollectionName, bestand: string, text: string): ReadResult {
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
  if (ext === '.yaml' || ext === '.yml') {
    const doc = parseDocument(text, { prettyErrors: true });
    problemen.push(...yamlProblemen(doc, bestand, 0));
    data = doc.toJS();
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
    const doc = parseDocument(fm[1], { prettyErrors: true });
    problemen.push(...yamlProblemen(doc, bestand, 1));
    data = doc.toJS();
    const bodyStart = fm[0].split('\n').length - 1;
    try {
      const parser = ext === '.mdx' ? mdxParser : markdownParser;
      const tree = parser.parse(text.slice(fm[0].length)) as MdNode;
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
      const kop = top.findIndex((n) => n.type === 'heading' && n.depth === 2 && tekstVan(n).trim() === STAPPEN_KOP);
      if (kop >= 0) {
        const volgende = top.slice(kop + 1).find((n) => n.type === 'list' || (n.type === 'heading' && (n.depth ?? 9) <= 2));
        aantalStappen = volgende?.type === 'list' ? (volgende.children ?? []).length : 0;
      }
    } catch (error) {
      const e = error as { line?: number; reason?: string; message: string };
      problemen.push({
        bestand,
        veld: e.line ? `regel ${e.line + bodyStart}` : 'tekst',
        melding: `${ext === '.mdx' ? 'MDX' : 'Markdown'} kan niet gelezen worden: ${e.reason ?? e.message}`,
      });
    }
  }
  if (problemen.length > 0) return { entries: [], problemen };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problemen.push({ bestand, melding: 'De gegevens van dit bestand zijn geen lijst van velden (sleutel: waarde)' });
    return { entries: [], problemen };
  }
  return { entries: [{ collection, id, bestand, data, structuur, koppen1, componenten, aantalStappen }], problemen };
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
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
  for (const path of walk(contentDir)) {
    const bestand = relative(cwd, path).split(sep).join('/');
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
    const text = readFileSync(path, 'utf8');
    result.bestaand.push(`${collection}/${idFromPath(path)}`);
    const one = parseEntry(collection, bestand, text);
    result.entries.push(...one.entries);
    result.problemen.push(...one.problemen, ...checkTaal(bestand, text, uitzonderingen));
  }
  return result;
}
