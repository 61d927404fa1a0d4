import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { prepareContent } from '../../src/lib/prepare.ts';
import { formatReport } from '../../src/lib/problems.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('the benchmark corpus generator', () => {
  it('writes an edition that passes every content check, with the asked number of signals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bm-corpus-'));
    try {
      const { aantallen } = generateCorpus(dir, 40);
      expect(aantallen.signalen).toBe(40);
      expect(readdirSync(join(dir, 'content/signalen'))).toHaveLength(40);
      const v = prepareContent({ root, contentDir: join(root, 'tests/fixtures/valid'), editieDir: dir });
      expect(formatReport(v.problemen)).toBe('Inhoudscontrole: geen problemen gevonden.');
      const woorden = readFileSync(join(dir, 'content/signalen/syn-signaal-1.mdx'), 'utf8').split(/\s+/).length;
      expect(woorden).toBeGreaterThan(300);
      expect(woorden).toBeLessThan(800);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is deterministic', () => {
    const a = mkdtempSync(join(tmpdir(), 'bm-corpus-'));
    const b = mkdtempSync(join(tmpdir(), 'bm-corpus-'));
    try {
      generateCorpus(a, 10);
      generateCorpus(b, 10);
      expect(readFileSync(join(a, 'content/signalen/syn-signaal-3.mdx'), 'utf8')).toBe(
        readFileSync(join(b, 'content/signalen/syn-signaal-3.mdx'), 'utf8'),
      );
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
