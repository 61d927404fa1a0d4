import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkDekking, normaliseer } from '../../src/lib/dekking.ts';
import { checkContent } from '../../src/lib/prepare.ts';
import { nationalContent } from './helpers.ts';

const root = new URL('../../', import.meta.url).pathname;

/** The full text (frontmatter and body) of every entry in a content folder, by "collectie/id". */
function tekstenVan(contentDir: string): (c: string, id: string) => string | undefined {
  const { entries } = contentDir === `${root}content` ? nationalContent() : checkContent(contentDir, root);
  const teksten = new Map(entries.map((e) => [`${e.collection}/${e.id}`, readFileSync(`${root}${e.bestand}`, 'utf8')]));
  return (c, id) => teksten.get(`${c}/${id}`);
}

const tekst: Record<string, string> = {
  'signalen/a': 'titel: Post wordt nooit geopend\n\nDe brieven blijven   dicht.',
  'kaders/wet': 'titel: Een wet',
};
const tekstVan = (c: string, id: string) => tekst[`${c}/${id}`];
const plek = [{ bestand: '002.txt', regels: '1-2' }];

describe('coverage check', () => {
  it('accepts items that went into an entry holding their key phrases, or were left out with a reason', () => {
    expect(
      checkDekking(
        [
          { soort: 'signaal', naam: 'A', vindplaatsen: plek, entry: 'a', kernwoorden: ['brieven blijven dicht'] },
          { soort: 'interventie', naam: 'Wet', vindplaatsen: plek, entry: 'kaders/wet', kernwoorden: ['een WET'] },
          { soort: 'casus', naam: 'C', vindplaatsen: plek, weggelaten: 'De bron geeft te weinig om een oefening op te bouwen.' },
        ],
        tekstVan,
      ),
    ).toEqual([]);
  });

  it('fails on a gap: an item that went nowhere', () => {
    const p = checkDekking([{ soort: 'signaal', naam: 'Post wordt nooit geopend', vindplaatsen: plek }], tekstVan);
    expect(p).toEqual([
      {
        bestand: 'kwaliteit/dekking.yaml',
        veld: '0',
        melding: 'signaal "Post wordt nooit geopend" is nog niet verwerkt: geef "entry" (de id) of "weggelaten" (waarom niet)',
      },
    ]);
  });

  it('fails on an entry that does not exist', () => {
    const p = checkDekking(
      [{ soort: 'organisatie', naam: 'X', vindplaatsen: plek, entry: 'x', kernwoorden: ['iets'] }],
      tekstVan,
    );
    expect(p.map((x) => x.melding)).toEqual(['organisatie "X" verwijst naar organisaties/x, maar dat bestaat niet']);
  });

  it('fails on an item without a source location, or with a reason too short', () => {
    const p = checkDekking([{ soort: 'casus', naam: 'X', vindplaatsen: [], weggelaten: 'nee' }], tekstVan);
    expect(p.map((x) => x.veld).sort()).toEqual(['0.vindplaatsen', '0.weggelaten']);
  });

  it('fails on an item with an entry but no key phrase, naming the entry', () => {
    const p = checkDekking([{ soort: 'signaal', naam: 'A', vindplaatsen: plek, entry: 'a' }], tekstVan);
    expect(p).toEqual([
      {
        bestand: 'kwaliteit/dekking.yaml',
        veld: '0.kernwoorden',
        melding: 'signaal "A" noemt geen kernwoorden: geef minstens één zinsdeel dat in signalen/a moet staan',
      },
    ]);
  });

  it('fails when an entry is named that holds none of the key phrases', () => {
    const p = checkDekking(
      [{ soort: 'signaal', naam: 'A', vindplaatsen: plek, entry: ['a', 'kaders/wet'], kernwoorden: ['brieven'] }],
      tekstVan,
    );
    expect(p.map((x) => x.melding)).toEqual([
      'signaal "A" verwijst naar kaders/wet, maar geen van de kernwoorden (brieven) staat daarin',
    ]);
  });

  it('compares case-insensitively and with white space normalised', () => {
    expect(normaliseer('  Warme\n  OVERDRACHT\t bij verhuizing ')).toBe('warme overdracht bij verhuizing');
  });
});

describe('coverage fixtures on real content files', () => {
  const teksten = tekstenVan(`${root}tests/fixtures/valid`);
  const lees = (naam: string) => parse(readFileSync(`${root}tests/fixtures/dekking/${naam}`, 'utf8'));

  it('passes when every key phrase is in the named entry, in frontmatter or body', () => {
    expect(checkDekking(lees('goed.yaml'), teksten)).toEqual([]);
  });

  it('fails with the item, the entry and the missing phrase when the entry does not hold the item', () => {
    expect(checkDekking(lees('kernwoord-ontbreekt.yaml'), teksten)).toEqual([
      {
        bestand: 'kwaliteit/dekking.yaml',
        veld: '0.kernwoorden',
        melding:
          'interventie "Warme overdracht bij verhuizing": het kernwoord "warme overdracht" staat niet in interventies/testinterventie',
      },
    ]);
  });
});

describe('the national coverage list', () => {
  it('has every item the sources name either in an entry that holds it, or left out with a reason', () => {
    const items = parse(readFileSync(`${root}kwaliteit/dekking.yaml`, 'utf8'));
    expect(items.length).toBeGreaterThan(100);
    expect(checkDekking(items, tekstenVan(`${root}content`))).toEqual([]);
  });
});
