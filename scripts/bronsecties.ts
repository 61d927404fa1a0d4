#!/usr/bin/env node
/**
 * Tools for the table of contents (`secties`) of the source documents in
 * ../shared/seeds, with which citations by line number are shown with the
 * section (and page) they fall in.
 *
 *   npm run bronsecties -- voorstel <bestand>
 *     Prints the lines that look like headings in a source text, as YAML to
 *     copy into `secties` of its bronnen/*.yaml and then correct by hand
 *     (levels, footnotes, titles in sentence case).
 *
 *   npm run bronsecties -- steekproef [--aantal 20] [--seeds <map>]
 *     Prints a fixed sample of citations by line number: the entry, the
 *     location, the section it resolves to, the heading line in the source
 *     and the first cited line, for a reviewer to check by hand.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareContent } from '../src/lib/prepare.ts';
import { vanCollectie } from '../src/lib/integrity.ts';
import { kopregels, regelbereiken, sectiepadVoor, type BronSectie } from '../src/lib/vindplaats.ts';

const { values, positionals } = parseArgs({
  options: { aantal: { type: 'string', default: '20' }, seeds: { type: 'string' } },
  allowPositionals: true,
});
const root = process.cwd();
const seeds = resolve(values.seeds ?? join(root, '..', '..', 'shared', 'seeds'));
const [opdracht, bestand] = positionals;

function voorstel(pad: string) {
  for (const k of kopregels(readFileSync(pad, 'utf8'))) {
    console.log(`  - { regel: ${k.regel}, titel: ${JSON.stringify(k.titel)}, niveau: ${k.niveau} }`);
  }
}

function steekproef(aantal: number) {
  if (!existsSync(seeds)) throw new Error(`Geen map met brondocumenten: ${seeds} (geef --seeds <map>)`);
  const { entries, problemen } = prepareContent({ root });
  if (problemen.length) throw new Error('De inhoud heeft problemen; draai eerst npm run check');
  const bronnen = new Map(vanCollectie(entries, 'bronnen').map((e) => [e.id, e.data]));
  const citaten: { bestand: string; locatie: string; bron: string }[] = [];
  for (const e of entries) {
    for (const v of 'bronnen' in e.data ? e.data.bronnen : []) {
      const b = bronnen.get(v.bron.id);
      if (b?.bestand && regelbereiken(v.locatie).length)
        citaten.push({ bestand: e.bestand, locatie: v.locatie, bron: v.bron.id });
    }
  }
  citaten.sort((a, b) => a.bestand.localeCompare(b.bestand) || a.locatie.localeCompare(b.locatie));
  const stap = Math.max(1, Math.floor(citaten.length / aantal));
  console.log(`${citaten.length} citaten met regelnummers in brondocumenten; steekproef van elke ${stap}e:\n`);
  for (let i = 0; i < citaten.length && i / stap < aantal; i += stap) {
    const c = citaten[i];
    const bron = bronnen.get(c.bron) as { bestand: string; secties?: BronSectie[] };
    const tekst = readFileSync(join(seeds, bron.bestand), 'utf8').split('\n');
    console.log(`${c.bestand} — ${c.bron}, ${c.locatie}`);
    for (const { van } of regelbereiken(c.locatie)) {
      const pad = sectiepadVoor(bron.secties ?? [], van);
      const kop = [...(bron.secties ?? [])].reverse().find((s) => s.regel <= van);
      console.log(
        `  regel ${van} → ${pad ? pad.pad.join(' › ') : '(geen sectie)'}${pad?.pagina ? `, vanaf p. ${pad.pagina}` : ''}`,
      );
      if (kop) console.log(`    kop (regel ${kop.regel}): ${tekst[kop.regel - 1]?.trim()}`);
      console.log(`    geciteerd:  ${tekst[van - 1]?.trim().slice(0, 100)}`);
    }
    console.log('');
  }
}

if (opdracht === 'voorstel' && bestand) voorstel(resolve(bestand));
else if (opdracht === 'steekproef') steekproef(Number(values.aantal));
else {
  console.error('Gebruik: npm run bronsecties -- voorstel <bestand> | steekproef [--aantal 20] [--seeds <map>]');
  process.exit(2);
}
