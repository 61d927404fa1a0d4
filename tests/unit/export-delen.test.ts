import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/prepare.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { perCollectie } from '../../src/lib/integrity.ts';
import { exportModel, exportSchema, toCsv } from '../../src/lib/export.ts';
import { VALID } from './helpers.ts';

function model() {
  const { entries } = checkContent(VALID, VALID);
  return exportModel(buildGraph(perCollectie(entries)), { versie: '0.0.0', datum: '2026-12-01' });
}

describe('the export of "Mag ik dit delen?"', () => {
  it("puts each intervention's sharing block in the JSON, with the kader as an id, valid against the published schema", () => {
    const m = model();
    expect(() => exportSchema.parse(m)).not.toThrow();
    const i = m.interventies.find((x) => x.id === 'testinterventie')!;
    expect(i.delen.grondslagen.map((g) => [g.soort, g.plicht, g.kader])).toEqual([
      ['meldcode', 'plicht', 'testwet'],
      ['meldrecht', 'recht', 'testwet'],
    ]);
    expect(i.delen.met).toEqual(['Veilig Thuis', 'de testorganisatie']);
  });

  it('writes the block in the CSV as one JSON cell that reads back whole, not as [object Object]', () => {
    const rijen = model().interventies as unknown as Record<string, unknown>[];
    const csv = toCsv(rijen);
    expect(csv).not.toContain('[object Object]');
    const cel = JSON.stringify(rijen.find((r) => r.id === 'testinterventie')!.delen);
    expect(csv).toContain(`"${cel.replace(/"/g, '""')}"`);
    expect(JSON.parse(cel).met).toEqual(['Veilig Thuis', 'de testorganisatie']);
  });
});
