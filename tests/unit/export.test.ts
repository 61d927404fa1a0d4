/**
 * The export can be trusted by the programs that read it: barrieremodel.json
 * validates against the published JSON Schema, every CSV parses as RFC 4180,
 * lists come back exactly, and no cell runs as a spreadsheet formula.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import { csvCel, EXPORT_COLLECTIES, toCsv } from '../../src/lib/export.ts';
import { astroBuild } from './commands.ts';

const leesCsv = (tekst: string) => parse(tekst, { bom: true, columns: true, relax_quotes: false, skip_empty_lines: false }) as Record<string, string>[];

describe('CSV cells', () => {
  it('neutralises formulas and keeps lists splittable', () => {
    const rows = [
      { id: 'a', titel: '=HYPERLINK("https://elders.example","klik")', telefoon: '+31 20 123', min: '-1', at: '@SUM(A1)', tab: '\tx', lijst: ['een; twee', 'drie, "vier"', 'vijf\nzes', '=1+1'] },
      { id: 'b', titel: 'Gewoon', lijst: [] },
    ];
    const terug = leesCsv(toCsv(rows));
    expect(terug[0]).toMatchObject({ titel: `'=HYPERLINK("https://elders.example","klik")`, telefoon: "'+31 20 123", min: "'-1", at: "'@SUM(A1)", tab: "'\tx" });
    expect(JSON.parse(terug[0].lijst)).toEqual(rows[0].lijst);
    expect(JSON.parse(terug[1].lijst)).toEqual([]);
    expect(terug[1].telefoon).toBe('');
    expect(toCsv(rows).startsWith('\uFEFFid,titel,')).toBe(true);
    expect(toCsv(rows)).toContain('\r\n');
  });
});

describe('the published export', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'bm-export-'));
    const r = astroBuild({ BARRIEREMODEL_CONTENT: './tests/fixtures/valid', BARRIEREMODEL_EDITIE: 'tests/fixtures/editie', BARRIEREMODEL_OUTDIR: out });
    expect(r.status, r.output).toBe(0);
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('barrieremodel.json validates against schema.json', () => {
    const schema = JSON.parse(readFileSync(join(out, 'data/schema.json'), 'utf8'));
    const data = JSON.parse(readFileSync(join(out, 'data/barrieremodel.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, data);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
    expect(data.signalen.length).toBeGreaterThan(0);
    // The schema rejects what it should: a signal without its id.
    const kapot = structuredClone(data);
    delete kapot.signalen[0].id;
    expect(ajv.validate(schema, kapot)).toBe(false);
  });

  it('every CSV parses, with one row per entry, and lists round-trip', () => {
    const data = JSON.parse(readFileSync(join(out, 'data/barrieremodel.json'), 'utf8'));
    let lijsten = 0;
    for (const c of EXPORT_COLLECTIES) {
      const rows = leesCsv(readFileSync(join(out, `data/${c}.csv`), 'utf8'));
      const verwacht = data[c] as Record<string, unknown>[];
      expect(rows, c).toHaveLength(verwacht.length);
      verwacht.forEach((e, i) => {
        for (const [k, v] of Object.entries(e)) {
          if (v !== null && typeof v === 'object') {
            expect(JSON.parse(rows[i][k]), `${c}.${i}.${k}`).toEqual(v);
            lijsten++;
          } else {
            expect(rows[i][k], `${c}.${i}.${k}`).toBe(csvCel(v));
          }
        }
      });
    }
    expect(lijsten).toBeGreaterThan(10);
  });
});
