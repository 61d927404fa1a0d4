/**
 * The site under Debian's nginx with hosting/server.conf, hosting/nginx.conf
 * and hosting/security-headers.conf exactly as docs/hosting.md and the
 * Dockerfile use them (only the
 * paths point at this test's folders), under /barrieremodel/ on a free port:
 * headers, caching rules, a strict CSP without violations, a real 404, and
 * offline search.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { paginaPaneel, wachtOpZoeken } from '../support/zoek.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const hosting = new URL('../../hosting/', import.meta.url).pathname;
const base = inject('base');

let tmp: string;
let nginx: ChildProcess | undefined;
let origin: string;
let browser: Browser;

async function vrijePoort(): Promise<number> {
  return new Promise((ok, fout) => {
    const s = createServer();
    s.once('error', fout);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`nginx ontbreekt (${NGINX}); installeer het met: apt-get install -y nginx`);
  tmp = mkdtempSync(join(tmpdir(), 'bm-nginx-'));
  // nginx's workers run as an unprivileged user: they must be able to read the folder.
  chmodSync(tmp, 0o755);
  mkdirSync(join(tmp, 'snippets'));
  mkdirSync(join(tmp, 'barrieremodel'));
  mkdirSync(join(tmp, 'www'));
  symlinkSync(inject('dist'), join(tmp, 'www', 'barrieremodel'));
  writeFileSync(join(tmp, 'snippets', 'security-headers.conf'), readFileSync(join(hosting, 'security-headers.conf')));
  // The documented blocks, with /var/www/ pointing at this test's folder.
  writeFileSync(
    join(tmp, 'barrieremodel', 'nginx.conf'),
    readFileSync(join(hosting, 'nginx.conf'), 'utf8').replaceAll('/var/www/', `${tmp}/www/`),
  );
  const port = await vrijePoort();
  // The server block the Dockerfile uses, on this test's port, with /etc/nginx/ at this test's folder.
  writeFileSync(
    join(tmp, 'server.conf'),
    readFileSync(join(hosting, 'server.conf'), 'utf8')
      .replace(/^\s*listen \[::\]:8080;\n/m, '')
      .replace('listen 8080;', `listen 127.0.0.1:${port};`)
      .replaceAll('/etc/nginx/', `${tmp}/`),
  );
  origin = `http://127.0.0.1:${port}`;
  writeFileSync(
    join(tmp, 'nginx.conf'),
    `daemon off;
pid ${tmp}/nginx.pid;
error_log ${tmp}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  types { application/wasm wasm; }
  access_log off;
  client_body_temp_path ${tmp}/body; proxy_temp_path ${tmp}/proxy; fastcgi_temp_path ${tmp}/fastcgi; uwsgi_temp_path ${tmp}/uwsgi; scgi_temp_path ${tmp}/scgi;
  include ${tmp}/server.conf;
}
`,
  );
  nginx = spawn(NGINX, ['-p', tmp, '-c', join(tmp, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr!.on('data', (d) => (stderr += d));
  // Wait until nginx answers (or has stopped with an error).
  const begin = Date.now();
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopte: ${stderr}${readFileSync(join(tmp, 'error.log'), 'utf8')}`);
    try {
      await fetch(`${origin}${base}`);
      break;
    } catch {
      if (Date.now() - begin > 30_000) throw new Error(`nginx antwoordt niet: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const gestopt = new Promise((ok) => nginx!.once('exit', ok));
    nginx.kill('SIGQUIT');
    await gestopt;
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A page that records CSP violations and console errors. */
async function bewaaktePagina(): Promise<{ page: Page; fouten: string[] }> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const fouten: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') fouten.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, fouten };
}

describe('under nginx, as documented', () => {
  it('sends the security headers and the caching rules', async () => {
    const pagina = await fetch(`${origin}${base}`);
    expect(pagina.status).toBe(200);
    expect(pagina.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
    expect(pagina.headers.get('x-content-type-options')).toBe('nosniff');
    expect(pagina.headers.get('referrer-policy')).toBe('no-referrer');
    expect(pagina.headers.get('cache-control')).toBe('no-cache');
    expect(pagina.headers.get('set-cookie')).toBeNull();

    const html = await pagina.text();
    const asset = /(?:href|src)="([^"]*\/_astro\/[^"]+)"/.exec(html)![1];
    const a = await fetch(new URL(asset, origin));
    expect(a.status).toBe(200);
    expect(a.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(a.headers.get('content-security-policy')).not.toBeNull();

    const wasm = await fetch(`${origin}${base}pagefind/wasm.nl.pagefind`);
    expect(wasm.status).toBe(200);
  });

  it('sends / to the site under /barrieremodel/, with the headers (hosting/server.conf, as in the Dockerfile)', async () => {
    const r = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe(base);
    expect(r.headers.get('content-security-policy')).not.toBeNull();
    expect(r.headers.get('server')).toBe('nginx');
  });

  it('answers an unknown address with the site 404 page and status 404', async () => {
    const r = await fetch(`${origin}${base}signalen/bestaat-niet/`);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('<html lang="nl"');
    expect(r.headers.get('content-security-policy')).not.toBeNull();
  });

  it('runs search under the CSP without violations, and offline', async () => {
    const { page, fouten } = await bewaaktePagina();
    await page.goto(`${origin}${base}`);
    await page.locator('.offline-status:not([hidden])').waitFor({ timeout: 60_000 });
    await page.goto(`${origin}${base}zoeken/#q=leerplicht`);
    await wachtOpZoeken(paginaPaneel(page), 'leerplicht');
    expect(await page.locator('.zoekresultaat').count()).toBeGreaterThan(0);
    await page.context().setOffline(true);
    await page.goto(`${origin}${base}zoeken/#q=spijbelen`);
    await wachtOpZoeken(paginaPaneel(page), 'spijbelen');
    expect(await page.locator('.zoekresultaat').count()).toBeGreaterThan(0);
    await page.context().setOffline(false);
    expect(fouten).toEqual([]);
    await page.context().close();
  });
});
