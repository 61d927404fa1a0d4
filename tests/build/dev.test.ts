/**
 * `astro dev` with an edition picks up edits without a restart: the edition's
 * files are loaded from their own folder (src/loaders/inhoud.ts), not from a
 * copy made at start-up (issue 15, part 2).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNpmServer } from '../support/npm-server.ts';

const root = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(root, 'tests/fixtures');

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
    // As a person starts it: without the test runner's variables, which change how Astro and Vite serve.
    const server = await startNpmServer('dev', {
      BARRIEREMODEL_CONTENT: join(FIXTURES, 'valid'),
      BARRIEREMODEL_EDITIE: join(map, 'editie'),
    });
    stop = server.stop;
    const uitvoer = server.uitvoer;
    const signaal = `${server.origin}/test/signalen/testsignaal/`;
    await totdatPaginaBevat(signaal, 'bel je eerst de testorganisatie', uitvoer);

    writeFileSync(
      join(map, 'editie/lokaal/testsignaal.md'),
      'In de testgemeente bel je eerst het gewijzigde nummer van het wijkteam.\n',
    );
    await totdatPaginaBevat(signaal, 'het gewijzigde nummer van het wijkteam', uitvoer);

    const pad = join(map, 'editie/content/interventies/lokale-interventie.md');
    writeFileSync(pad, readFileSync(pad, 'utf8').replace(/^titel: .*$/m, 'titel: Lokale interventie, bijgewerkt'));
    await totdatPaginaBevat(`${server.origin}/test/interventies/lokale-interventie/`, 'Lokale interventie, bijgewerkt', uitvoer);
    expect(uitvoer()).not.toMatch(/\[ERROR\]/);
  }, 400_000);
});
