#!/usr/bin/env node
/**
 * Makes sure the browser tests have Debian's Chromium. Run by `npm test`
 * before the tests: when /usr/bin/chromium (or $CHROMIUM_PATH) is missing and
 * this machine can install Debian packages as root, it installs `chromium`;
 * otherwise it stops with the command to run.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const kanApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!kanApt) {
  console.error(
    `Chromium ontbreekt (${path}). De browsertests gebruiken Debians Chromium:\n` +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'of zet CHROMIUM_PATH naar een andere Chromium.',
  );
  process.exit(1);
}
console.log('Chromium ontbreekt; installeren met apt-get (eenmalig)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
if (!existsSync(path)) {
  console.error(`Na installatie staat Chromium nog niet op ${path}.`);
  process.exit(1);
}
