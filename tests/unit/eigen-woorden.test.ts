/**
 * Content is written in our own words: no entry shares a run of 14 or more
 * words with the source documents (names, figures and short phrases may).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bronReeksen, gedeeldeReeksen } from '../../src/lib/eigen-woorden.ts';

const MAX = 14;
const root = new URL('../../', import.meta.url).pathname;
const seeds = process.env.BARRIEREMODEL_SEEDS ?? new URL('../../../shared/seeds/', import.meta.url).pathname;

describe('own words', () => {
  const bron = bronReeksen([
    'Het programma liep van 2011 tot 2013 en de proeftuingemeenten ontwikkelden een protocol voor de uitschrijving van leerplichtige kinderen uit de basisadministratie.',
  ]);

  it('finds a pasted sentence', () => {
    const geplakt =
      'Zo werkt het: de proeftuingemeenten ontwikkelden een protocol voor de uitschrijving van leerplichtige kinderen uit de basisadministratie.';
    expect(gedeeldeReeksen(geplakt, bron, MAX)).toEqual([
      'de proeftuingemeenten ontwikkelden een protocol voor de uitschrijving van leerplichtige kinderen uit de basisadministratie',
    ]);
  });

  it('allows facts and names in our own sentence', () => {
    const eigen =
      'Tussen 2011 en 2013 schreven vier gemeenten samen een protocol: wat doe je als een leerplichtig kind wordt uitgeschreven?';
    expect(gedeeldeReeksen(eigen, bron, MAX)).toEqual([]);
  });

  it.skipIf(!existsSync(seeds))('holds for all national content (the source documents lie beside the repository)', () => {
    const bronnen = bronReeksen(readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8')));
    const gevonden: string[] = [];
    for (const c of readdirSync(join(root, 'content'))) {
      for (const f of readdirSync(join(root, 'content', c))) {
        // The title of a framework is the official name of a law or publication: a name, which may be quoted.
        const tekst = readFileSync(join(root, 'content', c, f), 'utf8').replace(c === 'kaders' ? /^titel: .*$/m : /$^/, '');
        for (const r of gedeeldeReeksen(tekst, bronnen, MAX)) gevonden.push(`${c}/${f}: ${r}`);
      }
    }
    expect(gevonden).toEqual([]);
  });
});
