/**
 * No CSV cell runs as a spreadsheet formula, and lists come back exactly.
 * The published files of the shared build are checked in tests/build/export.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../src/lib/export.ts';

const leesCsv = (tekst: string) =>
  parse(tekst, { bom: true, columns: true, relax_quotes: false, skip_empty_lines: false }) as Record<string, string>[];

describe('CSV cells', () => {
  it('neutralises formulas and keeps lists splittable', () => {
    const rows = [
      {
        id: 'a',
        titel: '=HYPERLINK("https://elders.example","klik")',
        telefoon: '+31 20 123',
        min: '-1',
        at: '@SUM(A1)',
        tab: '\tx',
        lijst: ['een; twee', 'drie, "vier"', 'vijf\nzes', '=1+1'],
      },
      { id: 'b', titel: 'Gewoon', lijst: [] },
    ];
    const terug = leesCsv(toCsv(rows));
    expect(terug[0]).toMatchObject({
      titel: `'=HYPERLINK("https://elders.example","klik")`,
      telefoon: "'+31 20 123",
      min: "'-1",
      at: "'@SUM(A1)",
      tab: "'\tx",
    });
    expect(JSON.parse(terug[0].lijst)).toEqual(rows[0].lijst);
    expect(JSON.parse(terug[1].lijst)).toEqual([]);
    expect(terug[1].telefoon).toBe('');
    expect(toCsv(rows).startsWith('\uFEFFid,titel,')).toBe(true);
    expect(toCsv(rows)).toContain('\r\n');
  });
});
