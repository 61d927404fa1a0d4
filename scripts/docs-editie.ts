#!/usr/bin/env node
/** npm run docs:editie: writes docs/editie-yaml.md from the schema of editie.yaml (src/lib/editie.ts). */
import { writeFileSync } from 'node:fs';
import { referentie, REFERENTIE_BESTAND } from '../src/lib/editie-docs.ts';

writeFileSync(REFERENTIE_BESTAND, referentie());
console.log(`${REFERENTIE_BESTAND} bijgewerkt uit het schema.`);
