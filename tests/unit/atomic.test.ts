/** The pure parts of the atomic build: swapping a folder in, and cleaning caches. No build runs here. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bewaarBron, publiceer, ruimVerlatenBronnenOp } from '../../src/integrations/atomic.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('publishing a build', () => {
  it('publiceer swaps a folder in, copying across filesystems', () => {
    const bron = mkdtempSync(join(root, '.barrieremodel-test-'));
    const doelMap = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'bm-pub-'));
    try {
      writeFileSync(join(bron, 'a.txt'), 'nieuw');
      mkdirSync(join(doelMap, 'site'));
      writeFileSync(join(doelMap, 'site', 'b.txt'), 'oud');
      publiceer(bron, join(doelMap, 'site'), 'x');
      expect(readdirSync(join(doelMap, 'site'))).toEqual(['a.txt']);
      expect(readdirSync(doelMap)).toEqual(['site']);
      expect(existsSync(bron)).toBe(false);
    } finally {
      rmSync(bron, { recursive: true, force: true });
      rmSync(doelMap, { recursive: true, force: true });
    }
  });
});

describe('keyed caches', () => {
  it('removes the cache of a content folder that no longer exists, and keeps the others', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bm-caches-'));
    try {
      const bestaand = join(tmp, 'inhoud');
      mkdirSync(bestaand);
      bewaarBron(join(tmp, 'caches', 'inhoud-a'), [bestaand, undefined]);
      bewaarBron(join(tmp, 'caches', 'inhoud-b'), [join(tmp, 'weg')]);
      mkdirSync(join(tmp, 'caches', 'inhoud-c'));
      ruimVerlatenBronnenOp(join(tmp, 'caches'));
      expect(readdirSync(join(tmp, 'caches')).sort()).toEqual(['inhoud-a', 'inhoud-c']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
