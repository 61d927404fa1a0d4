import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nationalContent } from './helpers.ts';
import { parse } from 'yaml';
import {
  BEOORDELINGEN_MAP,
  checkBeoordelingen,
  zonderVolledigeBeoordeling,
  type Beoordeling,
} from '../../src/lib/beoordelingen.ts';

const datums: Record<string, string> = { 'signalen/a': '2026-12-01', 'kaders/oud': '2026-11-25' };
const van = (c: string, id: string) => datums[`${c}/${id}`];
const basis = { omvang: 'alle claims', gecontroleerd: 'Claim X tegen 004 r. 1–2', oordeel: 'juist', datum: '2026-12-01' };

describe('review record check', () => {
  it('accepts a review of an existing entry whose own date is as new as the review, and a removed entry that is gone', () => {
    expect(
      checkBeoordelingen(
        [
          { entry: 'signalen/a', wijziging: 'gecorrigeerd', ...basis },
          { entry: 'interventies/weg', wijziging: 'verwijderd', ...basis },
        ],
        van,
      ).problemen,
    ).toEqual([]);
  });

  it('fails when the entry was not given the review date', () => {
    expect(checkBeoordelingen([{ entry: 'kaders/oud', wijziging: 'gecorrigeerd', ...basis }], van).problemen).toEqual([
      {
        bestand: 'kwaliteit/beoordelingen/beoordelingen.yaml',
        veld: '0.datum',
        melding: 'kaders/oud is op 2026-12-01 beoordeeld, maar de entry zegt laatstBeoordeeld: 2026-11-25; werk die datum bij',
      },
    ]);
  });

  it('fails on a reviewed entry that does not exist, and on a removed entry that still exists', () => {
    const p = checkBeoordelingen(
      [
        { entry: 'signalen/b', wijziging: 'nieuw', ...basis },
        { entry: 'signalen/a', wijziging: 'verwijderd', ...basis },
      ],
      van,
    ).problemen;
    expect(p.map((x) => x.melding)).toEqual(['signalen/b bestaat niet', 'signalen/a staat als verwijderd, maar bestaat nog']);
  });

  it('fails on a record without the claims checked, or with a date written another way', () => {
    const p = checkBeoordelingen(
      [{ entry: 'signalen/a', wijziging: 'gecorrigeerd', ...basis, gecontroleerd: '', datum: '1-12-2026' }],
      van,
    ).problemen;
    expect(p.map((x) => x.veld).sort()).toEqual(['0.datum', '0.gecontroleerd']);
  });
});

describe('review coverage', () => {
  const alleClaims = (entry: string): Beoordeling => ({
    entry,
    wijziging: 'nagelezen',
    omvang: 'alle claims',
    gecontroleerd: 'Alle claims tegen 000 r. 1–9',
    oordeel: 'juist',
    datum: '2026-12-01',
  });
  it('names every entry of a reviewed collection without a review of all claims', () => {
    const bevinding: Beoordeling = { ...alleClaims('signalen/b'), omvang: 'bevinding' };
    expect(
      zonderVolledigeBeoordeling(
        ['signalen/a', 'signalen/b', 'signalen/c', 'bronnen/x', 'observaties/y'],
        [alleClaims('signalen/a'), bevinding],
      ),
    ).toEqual(['signalen/b', 'signalen/c']);
  });
  it('does not count a removal as a review', () => {
    expect(zonderVolledigeBeoordeling(['kaders/k'], [{ ...alleClaims('kaders/k'), wijziging: 'verwijderd' }])).toEqual([
      'kaders/k',
    ]);
  });
});

describe('the national review record', () => {
  it('matches the content', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const { entries } = nationalContent();
    const datum = new Map(
      entries.map((e) => {
        const d = (e.data as { laatstBeoordeeld?: Date | string }).laatstBeoordeeld;
        return [`${e.collection}/${e.id}`, d instanceof Date ? d.toISOString().slice(0, 10) : String(d)];
      }),
    );
    const bestanden = readdirSync(`${root}${BEOORDELINGEN_MAP}`).filter((n) => n.endsWith('.yaml'));
    expect(bestanden.length).toBeGreaterThan(0);
    const alle: Beoordeling[] = [];
    for (const naam of bestanden) {
      const bestand = `${BEOORDELINGEN_MAP}/${naam}`;
      const { beoordelingen, problemen } = checkBeoordelingen(
        parse(readFileSync(`${root}${bestand}`, 'utf8')),
        (c, id) => datum.get(`${c}/${id}`),
        bestand,
      );
      expect(problemen).toEqual([]);
      alle.push(...beoordelingen);
    }
    expect(alle.length).toBeGreaterThan(0);
    // Every signal, intervention, case, organisation, framework, term and theme has had all its claims reviewed.
    expect(zonderVolledigeBeoordeling([...datum.keys()], alle)).toEqual([]);
  });
});
