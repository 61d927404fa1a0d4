import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkBeoordelingen } from '../../src/lib/beoordelingen.ts';
import { checkContent } from '../../src/lib/check.ts';

const datums: Record<string, string> = { 'signalen/a': '2026-12-01', 'kaders/oud': '2026-11-25' };
const van = (c: string, id: string) => datums[`${c}/${id}`];
const basis = { gecontroleerd: 'Claim X tegen 004 r. 1–2', oordeel: 'juist', datum: '2026-12-01' };

describe('review record check', () => {
  it('accepts a review of an existing entry whose own date is as new as the review, and a removed entry that is gone', () => {
    expect(
      checkBeoordelingen(
        [
          { entry: 'signalen/a', wijziging: 'gecorrigeerd', ...basis },
          { entry: 'interventies/weg', wijziging: 'verwijderd', ...basis },
        ],
        van,
      ),
    ).toEqual([]);
  });

  it('fails when the entry was not given the review date', () => {
    expect(checkBeoordelingen([{ entry: 'kaders/oud', wijziging: 'gecorrigeerd', ...basis }], van)).toEqual([
      {
        bestand: 'kwaliteit/beoordelingen.yaml',
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
    );
    expect(p.map((x) => x.melding)).toEqual(['signalen/b bestaat niet', 'signalen/a staat als verwijderd, maar bestaat nog']);
  });

  it('fails on a record without the claims checked, or with a date written another way', () => {
    const p = checkBeoordelingen([{ entry: 'signalen/a', wijziging: 'gecorrigeerd', ...basis, gecontroleerd: '', datum: '1-12-2026' }], van);
    expect(p.map((x) => x.veld).sort()).toEqual(['0.datum', '0.gecontroleerd']);
  });
});

describe('the national review record', () => {
  it('matches the content', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const { entries } = checkContent(`${root}content`, root);
    const datum = new Map(
      entries.map((e) => {
        const d = (e.data as { laatstBeoordeeld?: Date | string }).laatstBeoordeeld;
        return [`${e.collection}/${e.id}`, d instanceof Date ? d.toISOString().slice(0, 10) : String(d)];
      }),
    );
    const record = parse(readFileSync(`${root}kwaliteit/beoordelingen.yaml`, 'utf8'));
    expect(record.length).toBeGreaterThan(0);
    expect(checkBeoordelingen(record, (c, id) => datum.get(`${c}/${id}`))).toEqual([]);
  });
});
