import { describe, expect, it } from 'vitest';
import { compoundDelen, lexicon, splitCompound, synoniemenVoor, koppenVan, typVarianten } from '../../src/lib/zoektermen.ts';

const lex = lexicon([
  'De school meldt verzuim bij leerplicht. De leer van de plicht. Een ambtenaar en een huwelijk onder dwang.',
  'Het kind krijgt bijslag. Ver weg, keer op keer. Het beste uur. Veiligheid in het huis. Een woning voor de jeugd.',
  'uitschrijving registratie zorg',
]);

describe('compound splitting', () => {
  it.each([
    ['schoolverzuim', ['school', 'verzuim']],
    ['leerplichtambtenaar', ['leerplicht', 'ambtenaar']],
    ['huwelijksdwang', ['huwelijk', 'dwang']],
    ['veiligheidshuis', ['veiligheid', 'huis']],
    ['Jeugdzorg', ['jeugd', 'zorg']],
  ])('splits %s', (woord, delen) => {
    expect(splitCompound(woord, lex)).toEqual(delen);
  });

  it.each(['verkeer', 'bestuur', 'school', 'leerplicht2', 'uitschrijving', 'kinderbijslagen'])('does not split %s', (woord) => {
    // leerplicht itself is leer + plicht: only a word whose parts are both known splits.
    if (woord === 'leerplicht2') expect(splitCompound('leerplicht', lex)).toEqual(['leer', 'plicht']);
    else expect(splitCompound(woord, lex)).toEqual([]);
  });

  it('splits three-part compounds, and only with parts of at least four letters', () => {
    const l = lexicon(['leer plicht ambtenaar ver keer']);
    expect(splitCompound('leerplichtambtenaar', l)).toEqual(['leer', 'plicht', 'ambtenaar']);
    expect(splitCompound('verkeer', l)).toEqual([]);
  });

  it('collects the parts of every compound in titles and terms, once each', () => {
    expect(compoundDelen(['Schoolverzuim en leerplichtambtenaar', 'schoolverzuim'], lex)).toEqual([
      'school',
      'verzuim',
      'leerplicht',
      'ambtenaar',
    ]);
  });

  it('is deterministic: the longest known head wins', () => {
    const l = lexicon(['huis houd huishoud geld houdgeld']);
    expect(splitCompound('huishoudgeld', l)).toEqual(['huishoud', 'geld']);
  });
});

describe('synonyms', () => {
  const groepen = [
    ['uithuwelijking', 'kindhuwelijk', 'huwelijksdwang'],
    ['GBA', 'BRP', 'Basisregistratie Personen'],
    ['spijbelen', 'verzuim'],
  ];

  it('adds the other members of every group a text mentions', () => {
    expect(synoniemenVoor('Dreigende uithuwelijking van een meisje', groepen)).toEqual(['kindhuwelijk', 'huwelijksdwang']);
    expect(synoniemenVoor('Uitschrijving uit de BRP', groepen)).toEqual(['GBA', 'Basisregistratie Personen']);
  });

  it('matches whole words only', () => {
    expect(synoniemenVoor('schoolverzuimregistratie', groepen)).toEqual([]);
    expect(synoniemenVoor('BRPX', groepen)).toEqual([]);
  });

  it('reads headings from a body', () => {
    expect(koppenVan('## Wat zie je?\n\ntekst\n\n### Detail\n#### Te diep\n')).toEqual(['Wat zie je?', 'Detail']);
  });
});

describe('typing-error variants', () => {
  it('leaves out one letter at a time, for long words only', () => {
    expect(typVarianten('verzuim', new Set())).toEqual(['erzuim', 'vrzuim', 'vezuim', 'veruim', 'verzim', 'verzum', 'verzui']);
    expect(typVarianten('school', new Set())).toEqual([]);
  });

  it('skips a variant that is a real word of the corpus, and doubles', () => {
    expect(typVarianten('leerling', new Set(['lering']))).not.toContain('lering');
    expect(typVarianten('aanraden', new Set()).filter((v) => v === 'anraden')).toHaveLength(1);
  });
});
