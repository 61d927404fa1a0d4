/**
 * The export contract, on both shared builds (the national site and the example edition): the
 * programs that read it can trust it. barrieremodel.json validates against
 * the published JSON Schema, every CSV parses as RFC 4180 with one row per
 * entry, and lists come back exactly.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import { csvCel, EXPORT_COLLECTIES } from '../../src/lib/export.ts';

const leesCsv = (tekst: string) =>
  parse(tekst, { bom: true, columns: true, relax_quotes: false, skip_empty_lines: false }) as Record<string, string>[];

describe.each([
  ['national site', inject('dist')],
  ['example edition', inject('editieDist')],
])('the published export of the %s', (_, out) => {
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
