/**
 * `npm run preview` serves an edition correctly once the edition is chosen
 * in a settings file: same base path, styles and pages as the build, without
 * repeating the choice on the command line (issue 13, item 5).
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNpmServer } from '../support/npm-server.ts';

const root = new URL('../../', import.meta.url).pathname;

/** Waits until the server answers: the state a person waits for before opening the page. */
async function totdatBereikbaar(url: string, uit: () => string, maxMs = 120_000) {
  const begin = Date.now();
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() - begin > maxMs) throw new Error(`De preview antwoordde niet op ${url}:\n${uit()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm run preview with an edition chosen in a settings file', () => {
  const map = mkdtempSync(join(tmpdir(), 'bm-preview-'));
  let stop = () => {};
  afterAll(() => {
    stop();
    rmSync(map, { recursive: true, force: true });
  });

  it('serves the edition under its base path, with its name and styles', async () => {
    const instellingen = join(map, 'instellingen.yaml');
    writeFileSync(instellingen, `editie: ${join(root, 'editions/voorbeeld')}\nuitvoer: ${inject('editieDist')}\n`);
    // As a person starts it: without the test runner's variables.
    const server = await startNpmServer('preview', { BARRIEREMODEL_INSTELLINGEN: instellingen });
    stop = server.stop;
    const start = `${server.origin}/barrieremodel/`;
    await totdatBereikbaar(start, server.uitvoer);
    const html = await (await fetch(start)).text();
    expect(html).toContain('<title>Barrièremodel Duinwijk');
    const css = [...html.matchAll(/href="([^"]+\.css)"/g)].map((m) => m[1]);
    expect(css.length).toBeGreaterThan(0);
    for (const href of css) expect((await fetch(new URL(href, start))).status, href).toBe(200);
    const signaal = await fetch(new URL('signalen/uitschrijving-brp-naar-buitenland/', start));
    expect(signaal.status).toBe(200);
    expect(await signaal.text()).toContain('In onze gemeente');
  }, 180_000);
});
