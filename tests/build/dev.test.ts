/**
 * `astro dev` with an edition picks up edits without a restart: the edition's
 * files are loaded from their own folder (src/loaders/inhoud.ts), not from a
 * copy made at start-up (issue 15, part 2).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from '../support/commands.ts';

const root = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(root, 'tests/fixtures');

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

/** Polls the page until it contains `tekst`: what a person does by reloading after saving a file. */
async function totdatPaginaBevat(url: string, tekst: string, uit: () => string, maxMs = 180_000) {
  const begin = Date.now();
  let laatst = '';
  for (;;) {
    try {
      const r = await fetch(url);
      laatst = await r.text();
      if (r.ok && laatst.includes(tekst)) return;
    } catch {
      /* server not up yet */
    }
    if (Date.now() - begin > maxMs)
      throw new Error(`"${tekst}" verscheen niet op ${url}.\nServer:\n${uit()}\nPagina:\n${laatst.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('astro dev with an edition', () => {
  const map = mkdtempSync(join(tmpdir(), 'bm-dev-'));
  let stop = () => {};
  afterAll(() => {
    stop();
    rmSync(map, { recursive: true, force: true });
  });

  it('shows an edit to a local block and a local entry without a restart', async () => {
    cpSync(join(FIXTURES, 'editie'), join(map, 'editie'), { recursive: true });
    const poort = await vrijePoort();
    // As a person starts it: without the test runner's variables, which change how Astro and Vite serve.
    const child = spawn('npm', ['run', 'dev', '--', '--port', String(poort)], {
      cwd: root,
      env: childEnv({ BARRIEREMODEL_CONTENT: join(FIXTURES, 'valid'), BARRIEREMODEL_EDITIE: join(map, 'editie') }),
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
    const signaal = `http://127.0.0.1:${poort}/test/signalen/testsignaal/`;
    await totdatPaginaBevat(signaal, 'bel je eerst de testorganisatie', () => uitvoer);

    writeFileSync(
      join(map, 'editie/lokaal/testsignaal.md'),
      'In de testgemeente bel je eerst het gewijzigde nummer van het wijkteam.\n',
    );
    await totdatPaginaBevat(signaal, 'het gewijzigde nummer van het wijkteam', () => uitvoer);

    const pad = join(map, 'editie/content/interventies/lokale-interventie.md');
    writeFileSync(pad, readFileSync(pad, 'utf8').replace(/^titel: .*$/m, 'titel: Lokale interventie, bijgewerkt'));
    await totdatPaginaBevat(
      `http://127.0.0.1:${poort}/test/interventies/lokale-interventie/`,
      'Lokale interventie, bijgewerkt',
      () => uitvoer,
    );
    expect(uitvoer).not.toMatch(/\[ERROR\]/);
  }, 400_000);
});
