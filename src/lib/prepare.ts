/**
 * Prepares the content for a build or a check: the national content alone,
 * or — with an edition — national plus local content merged. Runs every
 * check and reports every problem at once. Used by `npm run check` and by
 * the build's first step, so both say exactly the same.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { extname, join, relative, sep } from 'node:path';
import { checkMarkdownTekst, leesTekst, readContentDir, walkVeilig } from './content-files.ts';
import { checkModel, validateEntries, type ValidEntry } from './integrity.ts';
import { checkContent, leesUitzonderingen, TAAL_UITZONDERINGEN } from './check.ts';
import { loadEditie, mergeEditie, type GeladenEditie, type Samenvoeging } from './edition.ts';
import { COLLECTIONS, ID_PATROON } from './model.ts';
import { checkTaal } from './language.ts';
import type { Probleem } from './problems.ts';
import { volledigheid } from './volledigheid.ts'; // issue 13 item 3
import { CHANGELOG_BESTAND, leesWijzigingen, metWijzigingen } from './changelog.ts'; // issue 13 item 6

export interface Voorbereiding {
  /** The folder Astro loads content from. */
  contentDir: string;
  entries: ValidEntry[];
  problemen: Probleem[];
  editie?: GeladenEditie;
  samenvoeging?: Pick<Samenvoeging<ValidEntry>, 'verborgen' | 'vervangen'>;
  /** "In onze gemeente" blocks: signal id → file. */
  lokaal: Map<string, string>;
  /** Issue 13 item 3: what the edition still lacks (src/lib/volledigheid.ts); empty under streng, where they are problems. */
  aandachtspunten?: Probleem[];
}

export interface Opties {
  root: string;
  /** The national content folder (default: <root>/content). */
  contentDir?: string;
  /** An edition folder, relative to root or absolute. */
  editieDir?: string;
  /** Where merged content is written for Astro (default: <root>/.barrieremodel/content). */
  samengevoegdDir?: string;
  /** Write the merged folder (the build does; `npm run check` does not). */
  schrijf?: boolean;
}

const rel = (root: string, p: string) => relative(root, p).split(sep).join('/');

export function prepareContent(opties: Opties): Voorbereiding {
  const { root } = opties;
  const national = opties.contentDir ?? join(root, 'content');
  const uitzonderingen = leesUitzonderingen(join(root, TAAL_UITZONDERINGEN));
  const lokaal = new Map<string, string>();
  if (!opties.editieDir) {
    return { contentDir: national, ...checkContent(national, root, uitzonderingen), lokaal };
  }

  const nat = readContentDir(national, root, uitzonderingen);
  const natValid = validateEntries(nat.entries);
  let problemen: Probleem[] = [...nat.problemen, ...natValid.problemen];

  const { editie, problemen: editieProblemen } = loadEditie(opties.editieDir, root);
  problemen.push(...editieProblemen);
  if (!editie) return { contentDir: national, entries: [], problemen, lokaal };

  const localDir = join(editie.dir, 'content');
  const loc = existsSync(localDir) ? readContentDir(localDir, root, uitzonderingen) : { entries: [], problemen: [] };
  const locValid = validateEntries(loc.entries);
  problemen.push(...loc.problemen, ...locValid.problemen);
  const editieBestand = rel(root, join(editie.dir, 'editie.yaml'));
  const merged = mergeEditie(natValid.entries, locValid.entries, editie.config, editieBestand);
  problemen.push(...merged.problemen);
  // Links to hidden entries are reported by mergeEditie, with a better message.
  const bekend = new Set([...(nat.bestaand ?? []), ...(loc.bestaand ?? [])]);
  problemen.push(...checkModel(merged.entries, bekend));

  // Local contacts must belong to an organisation that exists.
  const organisaties = new Set(merged.entries.filter((e) => e.collection === 'organisaties').map((e) => e.id));
  for (const id of Object.keys(editie.config.contacten)) {
    if (!organisaties.has(id)) {
      problemen.push({ bestand: editieBestand, veld: `contacten.${id}`, melding: `Er is geen organisatie "${id}" (zie de id's in organisaties/)` });
    }
  }

  // "In onze gemeente": lokaal/<signaal-id>.md, one per signal that exists.
  const lokaalDir = join(editie.dir, 'lokaal');
  const signalen = new Set(merged.entries.filter((e) => e.collection === 'signalen').map((e) => e.id));
  if (existsSync(lokaalDir)) {
    const { bestanden, problemen: mapProblemen } = walkVeilig(lokaalDir, (p) => rel(root, p));
    problemen.push(...mapProblemen);
    for (const file of bestanden) {
      const name = relative(lokaalDir, file);
      const bestand = rel(root, file);
      const id = name.slice(0, name.length - extname(name).length);
      if (extname(name) !== '.md') {
        problemen.push({ bestand, veld: 'bestandstype', melding: `Gebruik .md voor een blok "In onze gemeente" (lokaal/<signaal-id>.md)` });
      } else if (!ID_PATROON.test(id) || !signalen.has(id)) {
        problemen.push({ bestand, veld: 'bestandsnaam', melding: `Er is geen signaal "${id}"; noem het bestand naar de id van een signaal` });
      } else {
        const { text, probleem } = leesTekst(file, bestand);
        if (probleem) problemen.push(probleem);
        else if (text!.trim() === '') problemen.push({ bestand, melding: 'Het bestand is leeg' });
        else {
          problemen.push(...checkTaal(bestand, text!, uitzonderingen), ...checkMarkdownTekst(bestand, text!));
          lokaal.set(id, file);
        }
      }
    }
  }

  // Issue 13 item 3 (begin): completeness of the edition, errors under streng: true.
  const aandachtspunten = volledigheid({
    entries: merged.entries,
    contacten: Object.keys(editie.config.contacten),
    lokaal,
    editieBestand,
    lokaalMap: `${rel(root, lokaalDir)}/`,
    isLokaal: (e) => !rel(editie.dir, join(root, e.bestand)).startsWith('..'),
  });
  if (editie.config.streng) problemen.push(...aandachtspunten);
  // Issue 13 item 3 (end).

  const samengevoegd = opties.samengevoegdDir ?? join(root, '.barrieremodel', 'content');
  if (opties.schrijf && problemen.length === 0) {
    rmSync(samengevoegd, { recursive: true, force: true });
    for (const c of COLLECTIONS) mkdirSync(join(samengevoegd, c), { recursive: true });
    const gekoppeld = new Set(merged.gekoppeld);
    for (const e of merged.entries) {
      const dest = join(samengevoegd, e.collection, `${e.id}${extname(e.bestand)}`);
      mkdirSync(join(samengevoegd, e.collection), { recursive: true });
      if (e.collection === 'signalen' && gekoppeld.has(e.id)) {
        writeFileSync(dest, metKoppelingen(readFileSync(join(root, e.bestand), 'utf8'), editie.config.koppelingen.filter((k) => k.signaal === e.id)));
      } else {
        cpSync(join(root, e.bestand), dest);
      }
    }
  }
  // Issue 13 item 6 (begin): ids the national update renamed or removed, as CHANGELOG.md records them.
  const changelog = existsSync(join(root, CHANGELOG_BESTAND)) ? leesWijzigingen(readFileSync(join(root, CHANGELOG_BESTAND), 'utf8')) : { wijzigingen: [], problemen: [] };
  problemen = [...metWijzigingen(problemen, changelog.wijzigingen, rel(root, editie.dir)), ...changelog.problemen];
  // Issue 13 item 6 (end).
  return {
    contentDir: samengevoegd,
    entries: merged.entries,
    problemen,
    editie,
    samenvoeging: { verborgen: merged.verborgen, vervangen: merged.vervangen },
    lokaal,
    aandachtspunten: editie.config.streng ? [] : aandachtspunten, // issue 13 item 3
  };
}

/** A signal's MDX with the edition's extra links appended to its frontmatter. */
function metKoppelingen(text: string, koppelingen: GeladenEditie['config']['koppelingen']): string {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)!;
  const doc = parseDocument(fm[1]);
  for (const { signaal: _, ...link } of koppelingen) doc.addIn(['interventies'], doc.createNode(link));
  return `---\n${doc.toString()}---${text.slice(fm[0].length)}`;
}
