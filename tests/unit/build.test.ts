/**
 * The build and `npm run check` stop on bad content with the full report.
 * These run the real commands on the committed broken fixture.
 */
import { describe, expect, it } from 'vitest';
import { run } from './commands.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BROKEN = 'tests/fixtures/broken';

const verwacht = [
  'Inhoudscontrole: 7 problemen in 6 bestanden.',
  `${BROKEN}/casussen/testcasus.md\n  - bronnen.0.bron: Verwijst naar "verzonnen-bron" in bronnen`,
  `${BROKEN}/interventies/hulp.md\n  - uitvoerders: Een interventie heeft minstens één verantwoordelijke organisatie`,
  `${BROKEN}/interventies/hulp.md\n  - uitvoerders: Een interventie heeft minstens één verantwoordelijke organisatie\n  - delen: Ontbreekt: elke interventie zegt in "delen" wat je mag delen, met wie en op welke grond`,
  `${BROKEN}/signalen/leeg.mdx\n  - Het bestand is leeg`,
  `${BROKEN}/signalen/testsignaal.mdx\n  - interventies.2.interventie: Verwijst naar "bestaat-niet"`,
  `${BROKEN}/signalen/tweede-signaal.mdx\n  - urgentie: Ongeldige optie`,
  `${BROKEN}/themas/kapot.yaml\n  - regel 3: YAML kan niet gelezen worden`,
];

describe('bad content stops the build and the check', () => {
  it('npm run check lists every problem and exits 1', () => {
    const { status, output } = run('node', ['scripts/check-content.ts', BROKEN]);
    expect(status).toBe(1);
    for (const v of verwacht) expect(output).toContain(v);
  });

  it('npm run check passes on valid content', () => {
    const { status, output } = run('node', ['scripts/check-content.ts', 'tests/fixtures/valid']);
    expect(output).toContain('Inhoudscontrole: geen problemen in 12 bestanden');
    expect(status).toBe(0);
  });

  it('astro build fails with the same report and writes no site', () => {
    const out = mkdtempSync(join(tmpdir(), 'bm-build-'));
    try {
      const { status, output } = run('node_modules/.bin/astro', ['build'], {
        BARRIEREMODEL_CONTENT: `./${BROKEN}`,
        BARRIEREMODEL_OUTDIR: out,
      });
      expect(status).not.toBe(0);
      for (const v of verwacht) expect(output).toContain(v);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
