/**
 * The one content pipeline: reads the national content and, with an edition,
 * its local content; validates both, composes them (hidden, replaced, extra
 * links: src/lib/editie.ts) and checks the whole. Every problem is reported
 * at once, with file and field. `npm run check`, the build's first step and
 * the tests all call this, so all say exactly the same. Nothing is copied or
 * written: the build loads the same files from their own folders
 * (src/content.config.ts), parsed by the same parseEntry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { checkMarkdownTekst, leesTekst, readContentDir, walkVeilig } from './content-files.ts';
import { checkModel, validateEntries, type ValidEntry } from './integrity.ts';
import { loadEditie, mergeEditie, type GeladenEditie, type Samenvoeging } from './editie.ts';
import { ID_PATROON } from './model.ts';
import { checkTaal, type Uitzondering } from './taal.ts';
import type { Probleem } from './problems.ts';
import { volledigheid } from './volledigheid.ts';
import { CHANGELOG_BESTAND, leesWijzigingen, metWijzigingen } from './changelog.ts';

/** Where the allowed exceptions to the language check are listed. */
export const TAAL_UITZONDERINGEN = 'kwaliteit/taal-uitzonderingen.yaml';

/** Reads the language exceptions file, if there is one. */
export function leesUitzonderingen(path: string): Uitzondering[] {
  if (!existsSync(path)) return [];
  const data = parse(readFileSync(path, 'utf8')) as Uitzondering[] | null;
  return data ?? [];
}

export interface Voorbereiding {
  entries: ValidEntry[];
  problemen: Probleem[];
  editie?: GeladenEditie;
  samenvoeging: Pick<Samenvoeging<ValidEntry>, 'verborgen' | 'vervangen'>;
  /** "In onze gemeente" blocks: signal id → file. */
  lokaal: Map<string, string>;
  /** What the edition still lacks (src/lib/volledigheid.ts); under streng: true they are problems as well. */
  aandachtspunten?: Probleem[];
}

export interface Opties {
  root: string;
  /** The national content folder (default: <root>/content). */
  contentDir?: string;
  /** The edition, already loaded (src/lib/instellingen.ts) … */
  editie?: GeladenEditie;
  /** … or its folder, relative to root or absolute. */
  editieDir?: string;
  /** Language-check exceptions (default: read from <root>/kwaliteit/taal-uitzonderingen.yaml). */
  uitzonderingen?: readonly Uitzondering[];
}

const rel = (root: string, p: string) => relative(root, p).split(sep).join('/');

export function prepareContent(opties: Opties): Voorbereiding {
  const { root } = opties;
  const national = opties.contentDir ?? join(root, 'content');
  const uitzonderingen = opties.uitzonderingen ?? leesUitzonderingen(join(root, TAAL_UITZONDERINGEN));
  const lokaal = new Map<string, string>();
  const problemen: Probleem[] = [];

  let editie = opties.editie;
  if (!editie && opties.editieDir) {
    const geladen = loadEditie(opties.editieDir, root);
    problemen.push(...geladen.problemen);
    if (!geladen.editie) return { entries: [], problemen, samenvoeging: { verborgen: [], vervangen: [] }, lokaal };
    editie = geladen.editie;
  }

  const nat = readContentDir(national, root, uitzonderingen);
  const natValid = validateEntries(nat.entries);
  problemen.push(...nat.problemen, ...natValid.problemen);
  const bekend = new Set([...(nat.bestaand ?? []), ...nat.entries.map((e) => `${e.collection}/${e.id}`)]);
  if (!editie) {
    problemen.push(...checkModel(natValid.entries, bekend));
    return { entries: natValid.entries, problemen, samenvoeging: { verborgen: [], vervangen: [] }, lokaal };
  }

  const localDir = join(editie.dir, 'content');
  const loc = existsSync(localDir)
    ? readContentDir(localDir, root, uitzonderingen)
    : { entries: [], problemen: [], bestaand: [] };
  const locValid = validateEntries(loc.entries);
  problemen.push(...loc.problemen, ...locValid.problemen);
  for (const b of loc.bestaand ?? []) bekend.add(b);
  const editieBestand = rel(root, join(editie.dir, 'editie.yaml'));
  const merged = mergeEditie(natValid.entries, locValid.entries, editie.config, editieBestand);
  problemen.push(...merged.problemen);
  // Links to hidden entries are reported by mergeEditie, with a better message.
  problemen.push(...checkModel(merged.entries, bekend));

  // Local contacts must belong to an organisation that exists.
  const organisaties = new Set(merged.entries.filter((e) => e.collection === 'organisaties').map((e) => e.id));
  for (const id of Object.keys(editie.config.contacten)) {
    if (!organisaties.has(id)) {
      problemen.push({
        bestand: editieBestand,
        veld: `contacten.${id}`,
        melding: `Er is geen organisatie "${id}" (zie de id's in organisaties/)`,
      });
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
        problemen.push({
          bestand,
          veld: 'bestandstype',
          melding: `Gebruik .md voor een blok "In onze gemeente" (lokaal/<signaal-id>.md)`,
        });
      } else if (!ID_PATROON.test(id) || !signalen.has(id)) {
        problemen.push({
          bestand,
          veld: 'bestandsnaam',
          melding: `Er is geen signaal "${id}"; noem het bestand naar de id van een signaal`,
        });
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

  // Completeness of the edition (src/lib/volledigheid.ts): points for attention, errors under streng: true.
  const aandachtspunten = volledigheid({
    entries: merged.entries,
    contacten: Object.keys(editie.config.contacten),
    lokaal,
    editieBestand,
    lokaalMap: `${rel(root, lokaalDir)}/`,
    isLokaal: (e) => !rel(editie.dir, join(root, e.bestand)).startsWith('..'),
  });
  if (editie.config.streng) problemen.push(...aandachtspunten);

  // Ids the national update renamed or removed, as CHANGELOG.md records them: named with the new id.
  const changelog = existsSync(join(root, CHANGELOG_BESTAND))
    ? leesWijzigingen(readFileSync(join(root, CHANGELOG_BESTAND), 'utf8'))
    : { wijzigingen: [], problemen: [] };
  const metNieuweIds = [...metWijzigingen(problemen, changelog.wijzigingen, rel(root, editie.dir)), ...changelog.problemen];
  return {
    entries: merged.entries,
    problemen: metNieuweIds,
    editie,
    samenvoeging: { verborgen: merged.verborgen, vervangen: merged.vervangen },
    lokaal,
    aandachtspunten: editie.config.streng ? [] : aandachtspunten,
  };
}

/** The national content alone (a folder of collections): what the tests check most. */
export function checkContent(contentDir: string, root = process.cwd(), uitzonderingen?: readonly Uitzondering[]) {
  const { entries, problemen } = prepareContent({ root, contentDir, uitzonderingen });
  return { entries, problemen };
}
