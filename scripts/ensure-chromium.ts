#!/usr/bin/env node
/**
 * Makes sure the browser tests have what they need from Debian: Chromium
 * (/usr/bin/chromium or $CHROMIUM_PATH) and nginx (/usr/sbin/nginx or
 * $NGINX_PATH, for the hosting test). Run by `npm test` before the tests:
 * when one is missing and this machine can install Debian packages as root,
 * it installs them; otherwise it stops with the command to run.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const nodig = [
  { pakket: 'chromium', pad: process.env.CHROMIUM_PATH || '/usr/bin/chromium', variabele: 'CHROMIUM_PATH' },
  { pakket: 'nginx', pad: process.env.NGINX_PATH || '/usr/sbin/nginx', variabele: 'NGINX_PATH' },
];
const ontbreekt = nodig.filter((n) => !existsSync(n.pad));
if (!ontbreekt.length) process.exit(0);

const pakketten = ontbreekt.map((n) => n.pakket);
const kanApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!kanApt) {
  console.error(
    `${ontbreekt.map((n) => `${n.pakket} (${n.pad})`).join(' en ')} ontbreekt. De browsertests gebruiken Debians pakketten:\n` +
      `  sudo apt-get update && sudo apt-get install -y ${pakketten.join(' ')}\n` +
      `of zet ${ontbreekt.map((n) => n.variabele).join(' / ')} naar een ander pad.`,
  );
  process.exit(1);
}
console.log(`${pakketten.join(' en ')} ontbreekt; installeren met apt-get (eenmalig)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...pakketten], { stdio: 'inherit', env });
for (const n of ontbreekt) {
  if (!existsSync(n.pad)) {
    console.error(`Na installatie staat ${n.pakket} nog niet op ${n.pad}.`);
    process.exit(1);
  }
}
