import { cpSync, mkdtempSync, rmSync, writeFileSync, unlinkSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';
import { checkContent } from '../../src/lib/prepare.ts';

export const VALID = new URL('../fixtures/valid/', import.meta.url).pathname;

/**
 * A copy of the valid fixture in a temporary folder, changed by `edits`:
 * a path mapped to new text writes that file, to a function rewrites the
 * file's text, and to null removes it.
 */
export function fixtureWith(edits: Record<string, string | null | ((text: string) => string)> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'bm-fixture-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(VALID, dir, { recursive: true });
  for (const [path, text] of Object.entries(edits)) {
    const full = join(dir, path);
    if (text === null) unlinkSync(full);
    else if (typeof text === 'function') {
      const before = readFileSync(full, 'utf8');
      const after = text(before);
      if (after === before) throw new Error(`fixtureWith: edit of ${path} changed nothing`);
      writeFileSync(full, after);
    } else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  return dir;
}

export const ROOT = new URL('../../', import.meta.url).pathname;

let nationaal: ReturnType<typeof checkContent> | undefined;
/**
 * The content check over the national content folder, done once per test worker: several
 * files read the national content, and the check is the slowest step of the unit tests.
 * Treat the result as read-only.
 */
export function nationalContent(): ReturnType<typeof checkContent> {
  nationaal ??= checkContent(`${ROOT}content`, ROOT);
  return nationaal;
}
