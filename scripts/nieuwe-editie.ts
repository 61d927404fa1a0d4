#!/usr/bin/env node
/**
 * npm run nieuwe-editie -- <map> <Naam>: writes a complete starter edition
 * (src/lib/nieuwe-editie.ts) into a new folder, then runs the content check
 * on it, exactly as `npm run check -- --editie <map>` does.
 */
import { join, resolve } from 'node:path';
import { maakEditie } from '../src/lib/nieuwe-editie.ts';
import { prepareContent } from '../src/lib/prepare.ts';
import { formatReport } from '../src/lib/problems.ts';

const [map, ...woorden] = process.argv.slice(2);
const naam = woorden.join(' ');
if (!map || !naam) {
  console.error('Gebruik: npm run nieuwe-editie -- <map> <Naam>, bijv.: npm run nieuwe-editie -- editions/veendijk Veendijk');
  process.exit(2);
}
const root = process.cwd();
const r = maakEditie(resolve(root, map), naam, join(root, 'content'));
if ('melding' in r) {
  console.error(r.melding);
  process.exit(1);
}
console.log(`Nieuwe editie "${naam}" in ${map}:\n${r.bestanden.map((b) => `  ${b}`).join('\n')}\n`);
const v = prepareContent({ root, editieDir: map });
if (v.problemen.length > 0) {
  console.error(formatReport(v.problemen));
  process.exit(1);
}
console.log(`Inhoudscontrole: geen problemen, editie "${v.editie!.config.naam}".`);
console.log(`
Verder:
  1. Kies de editie, één keer, in instellingen.yaml in de hoofdmap:  editie: ${map}
     (build, preview, start en check gebruiken hem dan allemaal).
  2. Vul ${map}/editie.yaml aan (uitleg per onderdeel: docs/editie-yaml.md).
  3. Controleer: npm run check   (ook de aandachtspunten: lokale contacten en routes)
  4. Bouw en bekijk: npm start`);
