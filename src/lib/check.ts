import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readContentDir } from './content-files.ts';
import { checkEntries, type CheckResult } from './integrity.ts';
import type { Uitzondering } from './language.ts';

/** Where the allowed exceptions to the language check are listed. */
export const TAAL_UITZONDERINGEN = 'kwaliteit/taal-uitzonderingen.yaml';

/** Reads the language exceptions file, if there is one. */
export function leesUitzonderingen(path: string): Uitzondering[] {
  if (!existsSync(path)) return [];
  const data = parse(readFileSync(path, 'utf8')) as Uitzondering[] | null;
  return data ?? [];
}

/** Reads and checks a whole content folder: every problem, with file and field. */
export function checkContent(
  contentDir: string,
  cwd = process.cwd(),
  uitzonderingen: readonly Uitzondering[] = leesUitzonderingen(`${cwd}/${TAAL_UITZONDERINGEN}`),
): CheckResult {
  const read = readContentDir(contentDir, cwd, uitzonderingen);
  const checked = checkEntries(read.entries, read.bestaand);
  return { entries: checked.entries, problemen: [...read.problemen, ...checked.problemen] };
}
