import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/prepare.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { perCollectie } from '../../src/lib/integrity.ts';
import { zoekMetadata } from '../../src/lib/search-meta.ts';
import { readFileSync } from 'node:fs';
import { VALID, fixtureWith } from './helpers.ts';

const { entries } = checkContent(VALID, VALID);
const g = buildGraph(perCollectie(entries));
const bodies = new Map(
  entries.map((e) => [
    `${e.collection}/${e.id}`,
    e.collection === 'themas' || e.collection === 'bronnen' || e.collection === 'begrippen'
      ? ''
      : readFileSync(`${VALID}${e.bestand}`, 'utf8'),
  ]),
);
const meta = zoekMetadata(g, { type: (n) => n.collection, fase: (f) => `F:${f}`, urgentie: (u) => `U:${u}` }, (n) =>
  bodies.get(`${n.collection}/${n.id}`),
);

describe('search metadata', () => {
  it('gives a signal its filters and result-line meta', () => {
    const s = meta.get('signalen/testsignaal')!;
    expect(s.filters).toEqual({
      type: ['signalen'],
      thema: ['Testthema'],
      fase: ['F:signaleren', 'F:sanctioneren', 'F:perspectief-bieden'],
      organisatie: ['Testorganisatie', 'Tweede organisatie'],
      urgentie: ['U:hoog'],
    });
    expect(s.meta).toEqual({ type: 'signalen', thema: 'Testthema', urgentie: 'U:hoog' });
  });

  it("weighs a signal's own terms most, and forgives one missing letter", () => {
    const s = meta.get('signalen/testsignaal')!;
    expect(s.zoektermen).toEqual(['proefzoekterm']);
    expect(s.varianten).toEqual(expect.arrayContaining(['proefzoekerm', 'schoolverzim', 'testsignal']));
    expect(meta.get('interventies/testinterventie')!.varianten).toEqual([]);
  });

  it('gives other pages their terms and a begrip its synonyms', () => {
    const b = meta.get('begrippen/tst')!;
    expect(b.termen).toEqual(expect.arrayContaining(['proefterm', 'TST']));
    expect(b.zoektermen).toEqual([]);
    const i = meta.get('interventies/testinterventie')!;
    expect(i.filters.organisatie).toEqual(['Testorganisatie', 'Tweede organisatie']);
    expect(i.filters.fase).toEqual(['F:signaleren', 'F:sanctioneren']);
    expect(i.termen).toContain('proefmaatregel');
  });

  it('adds synonyms from the glossary to pages whose title or terms use one of them', () => {
    const dir = fixtureWith({
      'begrippen/schoolverzuim.yaml':
        'term: Schoolverzuim\naliassen: [spijbelen, absent]\nuitleg: Niet op school zijn.\nbronnen:\n  - bron: testbron\n    locatie: p. 1\nlaatstBeoordeeld: 2026-11-25\n',
    });
    const { entries: e2 } = checkContent(dir, dir);
    const g2 = buildGraph(perCollectie(e2));
    const m2 = zoekMetadata(g2, { type: (n) => n.collection, fase: (f) => f, urgentie: (u) => u }, () => '');
    expect(m2.get('signalen/testsignaal')!.termen).toEqual(expect.arrayContaining(['spijbelen', 'absent']));
    expect(m2.get('signalen/tweede-signaal')!.termen).not.toContain('spijbelen');
  });
});
