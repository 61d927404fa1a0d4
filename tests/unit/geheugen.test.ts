import { describe, expect, it } from 'vitest';
import { Geheugen, gedeeldGeheugen } from '../../src/lib/geheugen.ts';
import { leesMarkdown } from '../../src/lib/body.ts';

describe('a bounded memo', () => {
  it('keeps at most max results and drops the one used longest ago', () => {
    const g = new Geheugen<string, number>(2);
    g.set('a', 1);
    g.set('b', 2);
    expect(g.get('a')).toBe(1); // a is now used last
    g.set('c', 3);
    expect(g.size).toBe(2);
    expect(g.has('b')).toBe(false);
    expect(g.get('a')).toBe(1);
    expect(g.get('c')).toBe(3);
  });

  it('keeps a stored null or 0 (only an absent key is a miss)', () => {
    const g = new Geheugen<string, unknown>(3);
    g.set('leeg', null);
    g.set('nul', 0);
    expect(g.has('leeg')).toBe(true);
    expect(g.get('leeg')).toBeNull();
    expect(g.get('nul')).toBe(0);
    expect(g.get('weg')).toBeUndefined();
  });

  it('refuses a size below 1', () => {
    expect(() => new Geheugen(0)).toThrow('ten minste 1 plaats');
  });

  it('is shared per name within a process, so check and pages read each text once', () => {
    expect(gedeeldGeheugen('test-gedeeld')).toBe(gedeeldGeheugen('test-gedeeld'));
    const boom = leesMarkdown('## Gedeeld\n');
    expect(gedeeldGeheugen<string, unknown>('mdast').get('md\0## Gedeeld\n')).toBe(boom);
  });

  it('does not grow without end when a body is edited again and again (a long astro dev session)', () => {
    const mdast = gedeeldGeheugen<string, unknown>('mdast');
    for (let i = 0; i < mdast.max + 50; i++) leesMarkdown(`## Versie ${i}\n`);
    expect(mdast.size).toBe(mdast.max);
    // The newest version is kept, the oldest is gone.
    expect(mdast.has(`md\0## Versie ${mdast.max + 49}\n`)).toBe(true);
    expect(mdast.has('md\0## Versie 0\n')).toBe(false);
  });
});
