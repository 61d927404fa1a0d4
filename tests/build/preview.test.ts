/**
 * `npm run preview` serves an edition correctly once the edition is chosen
 * in a settings file: same base path, styles and pages as the build, without
 * repeating the choice on the command line (issue 13, item 5).
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from '../support/commands.ts';

const root = new URL('../../', import.meta.url).pathname;

function vrijePoort(): Promise<number> {
  return new Promise((ok, fout) => {
    const s = createServer();
    s.on('error', fout);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

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
    const poort = await vrijePoort();
    const child = spawn('npm', ['run', 'preview', '--', '--port', String(poort)], {
      cwd: root,
      // As a person starts it: without the test runner's variables.
      env: childEnv({ BARRIEREMODEL_INSTELLINGEN: instellingen }),
      detached: true,
    });
    let uitvoer = '';
    child.stdout.on('data', (d) => (uitvoer += d));
    child.stderr.on('data', (d) => (uitvoer += d));
    stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
    };
    const start = `http://127.0.0.1:${poort}/barrieremodel/`;
    await totdatBereikbaar(start, () => uitvoer);
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
