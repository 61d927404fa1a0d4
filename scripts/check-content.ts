#!/usr/bin/env node
/**
 * npm run check [-- <content folder>]: the same content report as the build,
 * without building the site. Exits 1 when there is any problem.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/check.ts';
import { formatReport } from '../src/lib/problems.ts';
import { COLLECTIONS } from '../src/lib/model.ts';

const dir = resolve(process.argv[2] ?? 'content');
const { entries, problemen } = checkContent(dir);
if (problemen.length > 0) {
  console.error(formatReport(problemen));
  process.exit(1);
}
const telling = COLLECTIONS.map((c) => `${c}: ${entries.filter((e) => e.collection === c).length}`).join(', ');
console.log(`Inhoudscontrole: geen problemen in ${entries.length} bestanden (${telling}).`);
