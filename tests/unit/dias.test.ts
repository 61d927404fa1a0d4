/** Splitting content into slides that fit the screen (src/lib/dias.ts); the browser test measures the result. */
import { describe, expect, it } from 'vitest';
import {
  DIA_MAAT,
  capaciteit,
  faseDias,
  regels,
  sectieDias,
  sectieMarkdown,
  verdeel,
  verdeelGelijk,
} from '../../src/lib/dias.ts';

describe('slides that fit', () => {
  it('counts lines as word wrap does', () => {
    expect(regels('een twee drie', 8)).toBe(2);
    expect(regels('een twee', 8)).toBe(1);
    expect(regels('x'.repeat(20), 8)).toBe(1);
    expect(regels('een '.repeat(100))).toBeGreaterThan(4);
  });

  it('leaves less room under a title that takes two lines', () => {
    expect(capaciteit('Kort')).toBe(DIA_MAAT.regelsPerDia);
    expect(capaciteit('Een titel die zo lang is dat hij op het scherm over twee regels loopt')).toBeLessThan(
      DIA_MAAT.regelsPerDia,
    );
  });

  it('packs items in order, and refuses an item that fits no slide', () => {
    expect(verdeel([3, 3, 3, 3], (x) => x, 7)).toEqual([
      [3, 3],
      [3, 3],
    ]);
    expect(() => verdeel([3, 9], (x) => x, 7, 'alinea')).toThrow(/alinea is te lang voor één dia/);
  });

  it('spreads the load so that the last slide is not nearly empty', () => {
    const items = [4, 4, 4, 1];
    expect(verdeel(items, (x) => x, 12)).toEqual([[4, 4, 4], [1]]);
    expect(verdeelGelijk(items, (x) => x, 12)).toEqual([
      [4, 4],
      [4, 1],
    ]);
  });

  it('splits a long section between paragraphs and list items, keeping the numbering', () => {
    const vragen = Array.from(
      { length: 12 },
      (_, i) => `${i + 1}. ${'Een lange vraag voor de groep met veel woorden erin. '.repeat(2)}`,
    ).join('\n');
    const dias = sectieDias('Vragen', vragen);
    expect(dias.length).toBeGreaterThan(1);
    expect(dias.map((d) => d.titel)).toEqual(dias.map((_, i) => `Vragen (${i + 1}/${dias.length})`));
    expect(dias[0].html).toMatch(/^<ol>/);
    const tweede = /<ol start="(\d+)">/.exec(dias[1].html);
    expect(Number(tweede?.[1])).toBe((dias[0].html.match(/<li>/g) ?? []).length + 1);
    expect(dias.map((d) => (d.html.match(/<li>/g) ?? []).length).reduce((a, b) => a + b)).toBe(12);
  });

  it('keeps a short section on one slide, with its plain title', () => {
    expect(sectieDias('Situatie', 'Eén alinea.\n\nNog een.')).toEqual([
      { titel: 'Situatie', html: '<p>Eén alinea.</p>\n<p>Nog een.</p>' },
    ]);
  });

  it('puts phases as rows on slides, continuing a long phase on the next slide', () => {
    const items = Array.from({ length: 30 }, (_, i) => `Interventie ${i} met een naam van flinke lengte (ORG)`);
    const dias = faseDias(
      'Signaal',
      [
        { fase: 'voorkomen', items: [] },
        { fase: 'signaleren', items },
        { fase: 'sanctioneren', items: ['Straf'] },
      ],
      (x) => x,
    );
    expect(dias.length).toBeGreaterThan(1);
    expect(dias[0][0]).toEqual({ fase: 'voorkomen', items: [], vervolg: false });
    expect(dias[1][0]).toMatchObject({ fase: 'signaleren', vervolg: true });
    expect(
      dias
        .flat()
        .filter((r) => r.fase === 'signaleren')
        .flatMap((r) => r.items),
    ).toEqual(items);
    expect(dias.at(-1)!.at(-1)).toEqual({ fase: 'sanctioneren', items: ['Straf'], vervolg: false });
  });

  it('reads the Markdown under one heading', () => {
    const body = '## Situatie\n\nA.\n\n## Vragen voor de groep\n\n1. B\n';
    expect(sectieMarkdown(body, 'Situatie')).toBe('A.');
    expect(sectieMarkdown(body, 'Vragen voor de groep')).toBe('1. B');
    expect(() => sectieMarkdown(body, 'Notities')).toThrow(/Notities/);
  });
});
