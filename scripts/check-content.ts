#!/usr/bin/env node
/**
 * npm run check [-- <content folder>] [--editie <folder>]: the same content
 * report as the build, without building the site. Exits 1 on any problem.
 * Without arguments it checks what the build would build: the settings from
 * the environment and instellingen.yaml (src/lib/instellingen.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { leesInstellingen } from '../src/lib/instellingen.ts';
import { prepareContent } from '../src/lib/prepare.ts';
import { AANDACHTSPUNTEN_KOP, formatReport } from '../src/lib/problems.ts';
import { COLLECTIONS } from '../src/lib/model.ts';

const { values, positionals } = parseArgs({ options: { editie: { type: 'string' } }, allowPositionals: true });
const root = process.cwd();
const instellingen = leesInstellingen(root, {
  ...process.env,
  ...(values.editie ? { BARRIEREMODEL_EDITIE: resolve(values.editie) } : {}),
  ...(positionals[0] ? { BARRIEREMODEL_CONTENT: resolve(positionals[0]) } : {}),
});
const {
  entries,
  problemen,
  editie,
  aandachtspunten = [],
} = prepareContent({ root, contentDir: instellingen.contentDir, editie: instellingen.editie });
// What the edition still lacks, as points for attention (exit 0; errors under streng: true).
if (aandachtspunten.length > 0)
  console.log(`${formatReport(aandachtspunten, AANDACHTSPUNTEN_KOP)}
`);
const alle = [...instellingen.problemen, ...problemen];
if (alle.length > 0) {
  console.error(formatReport(alle));
  process.exit(1);
}
const telling = COLLECTIONS.map((c) => `${c}: ${entries.filter((e) => e.collection === c).length}`).join(', ');
console.log(
  `Inhoudscontrole: geen problemen in ${entries.length} bestanden (${telling})${editie ? `, editie "${editie.config.naam}"` : ''}.`,
);
