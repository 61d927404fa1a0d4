import { readContentDir } from './content-files.ts';
import { checkEntries, type CheckResult } from './integrity.ts';

/** Reads and checks a whole content folder: every problem, with file and field. */
export function checkContent(contentDir: string, cwd = process.cwd()): CheckResult {
  const read = readContentDir(contentDir, cwd);
  const checked = checkEntries(read.entries);
  return { entries: checked.entries, problemen: [...read.problemen, ...checked.problemen] };
}
