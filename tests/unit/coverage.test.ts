import { describe, expect, it } from 'vitest';
import { checkDekking } from '../../src/lib/coverage.ts';

const bestaat = (c: string, id: string) => `${c}/${id}` === 'signalen/a' || `${c}/${id}` === 'kaders/wet';
const plek = [{ bestand: '002.txt', regels: '1-2' }];

describe('coverage check', () => {
  it('accepts items that went into an entry or were left out with a reason', () => {
    expect(
      checkDekking(
        [
          { soort: 'signaal', naam: 'A', vindplaatsen: plek, entry: 'a' },
          { soort: 'interventie', naam: 'Wet', vindplaatsen: plek, entry: 'kaders/wet' },
          { soort: 'casus', naam: 'C', vindplaatsen: plek, weggelaten: 'De bron geeft te weinig om een oefening op te bouwen.' },
        ],
        bestaat,
      ),
    ).toEqual([]);
  });

  it('fails on a gap: an item that went nowhere', () => {
    const p = checkDekking([{ soort: 'signaal', naam: 'Post wordt nooit geopend', vindplaatsen: plek }], bestaat);
    expect(p).toEqual([
      {
        bestand: 'kwaliteit/dekking.yaml',
        veld: '0',
        melding: 'signaal "Post wordt nooit geopend" is nog niet verwerkt: geef "entry" (de id) of "weggelaten" (waarom niet)',
      },
    ]);
  });

  it('fails on an entry that does not exist', () => {
    const p = checkDekking([{ soort: 'organisatie', naam: 'X', vindplaatsen: plek, entry: 'x' }], bestaat);
    expect(p[0].melding).toBe('organisatie "X" verwijst naar organisaties/x, maar dat bestaat niet');
  });

  it('fails on an item without a source location, or with a reason too short', () => {
    const p = checkDekking([{ soort: 'casus', naam: 'X', vindplaatsen: [], weggelaten: 'nee' }], bestaat);
    expect(p.map((x) => x.veld).sort()).toEqual(['0.vindplaatsen', '0.weggelaten']);
  });
});

describe('the national coverage list', () => {
  it('has every item the sources name either in an entry or left out with a reason', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { checkContent } = await import('../../src/lib/check.ts');
    const root = new URL('../../', import.meta.url).pathname;
    const { entries } = checkContent(`${root}content`, root);
    const ids = new Set(entries.map((e) => `${e.collection}/${e.id}`));
    const items = parse(readFileSync(`${root}kwaliteit/dekking.yaml`, 'utf8'));
    expect(items.length).toBeGreaterThan(100);
    expect(checkDekking(items, (c, id) => ids.has(`${c}/${id}`))).toEqual([]);
  });
});
