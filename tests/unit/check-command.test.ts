/**
 * `npm run check` stops on bad content with the full report, and runs none
 * of the hostile fixture. These run the real command (no site is built);
 * the same reports from `astro build` are in tests/build/bad-content.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runAsync } from '../support/commands.ts';
import { BROKEN, BROKEN_REPORT, VIJANDIG, VIJANDIG_REPORT } from '../support/expected-reports.ts';

/** The hostile expression in the fixture would write this file (relative to the working directory). */
const SPOOR = join(ROOT, 'vijandig-was-hier.txt');

// The three runs are independent processes; they run at the same time.
describe.concurrent('npm run check', () => {
  it('lists every problem and exits 1', async () => {
    const { status, output } = await runAsync('node', ['scripts/check-content.ts', BROKEN]);
    expect(status).toBe(1);
    for (const v of BROKEN_REPORT) expect(output).toContain(v);
  });

  it('passes on valid content', async () => {
    const { status, output } = await runAsync('node', ['scripts/check-content.ts', 'tests/fixtures/valid']);
    expect(output).toContain('Inhoudscontrole: geen problemen in 12 bestanden');
    expect(status).toBe(0);
  });

  it('refuses the hostile fixture with file and line, and runs none of it', async () => {
    const { status, output } = await runAsync('node', ['scripts/check-content.ts', VIJANDIG]);
    expect(status).toBe(1);
    for (const v of VIJANDIG_REPORT) expect(output).toContain(v);
    expect(existsSync(SPOOR)).toBe(false);
  });
});
