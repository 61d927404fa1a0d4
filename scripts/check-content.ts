#!/usr/bin/env node
/**
 * npm run check [-- <content folder>] [--editie <folder>]: the same content
 * report as the build, without building the site. Exits 1 on any problem.
 * Without --editie, BARRIEREMODEL_EDITIE is used when set.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareContent } from '../src/lib/prepare.ts';
import { AANDACHTSPUNTEN_KOP, formatReport } from '../src/lib/problems.ts';
import { COLLECTIONS } from '../src/lib/model.ts';

const { values, positionals } = parseArgs({ options: { editie: { type: 'string' } }, allowPositionals: true });
const root = process.cwd();
const editieDir = values.editie ?? (process.env.BARRIEREMODEL_EDITIE || undefined);
const { entries, problemen, editie, aandachtspunten = [] } = prepareContent({
  root,
  contentDir: positionals[0] ? resolve(positionals[0]) : undefined,
  editieDir,
});
// Issue 13 item 3: what the edition still lacks, as points for attention (exit 0).
if (aandachtspunten.length > 0) console.log(`${formatReport(aandachtspunten, AANDACHTSPUNTEN_KOP)}\n`);
if (problemen.length > 0) {
  console.error(formatReport(problemen));
  process.exit(1);
}
const telling = COLLECTIONS.map((c) => `${c}: ${entries.filter((e) => e.collection === c).length}`).join(', ');
console.log(
  `Inhoudscontrole: geen problemen in ${entries.length} bestanden (${telling})${editie ? `, editie "${editie.config.naam}"` : ''}.`,
);
