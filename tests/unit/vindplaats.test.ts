import { describe, expect, it } from 'vitest';
import { plaatsen, regelbereiken, sectiepadVoor, vindplaats, type BronSectie } from '../../src/lib/vindplaats.ts';
import { fixtureWith } from './helpers.ts';
import { checkContent } from '../../src/lib/prepare.ts';

const secties: BronSectie[] = [
  { regel: 1, titel: '1. Inleiding', niveau: 1, pagina: 1 },
  { regel: 25, titel: '2. Aanpak', niveau: 1, pagina: 3 },
  { regel: 59, titel: '2.1 Vanaf 2006', niveau: 2 },
  { regel: 147, titel: 'Onderwijs', niveau: 3 },
  { regel: 212, titel: '2.2 Bijeenkomsten', niveau: 2 },
  { regel: 236, titel: '3. Knelpunten', niveau: 1 },
];

describe('line ranges in a location', () => {
  it('reads single lines, ranges with either dash, and lists', () => {
    expect(regelbereiken('regel 76')).toEqual([{ van: 76, tot: 76 }]);
    expect(regelbereiken('regels 118–129 en 143–145')).toEqual([
      { van: 118, tot: 129 },
      { van: 143, tot: 145 },
    ]);
    expect(regelbereiken('regels 10-12, 14')).toEqual([
      { van: 10, tot: 12 },
      { van: 14, tot: 14 },
    ]);
    expect(regelbereiken('regel 96 en regel 220')).toEqual([
      { van: 96, tot: 96 },
      { van: 220, tot: 220 },
    ]);
    expect(regelbereiken("alinea 'Wat doet Veilig Thuis?'")).toEqual([]);
  });
});

describe('the section a line falls in', () => {
  it('gives the chain of headings from the top level, closing deeper levels at a new heading', () => {
    expect(sectiepadVoor(secties, 150)).toEqual({ pad: ['2. Aanpak', '2.1 Vanaf 2006', 'Onderwijs'], pagina: 3 });
    expect(sectiepadVoor(secties, 212)).toEqual({ pad: ['2. Aanpak', '2.2 Bijeenkomsten'], pagina: 3 });
    expect(sectiepadVoor(secties, 240)).toEqual({ pad: ['3. Knelpunten'] });
    expect(sectiepadVoor(secties.slice(1), 3)).toBeUndefined();
  });

  it('names each section of a citation once, in the order cited; an explicit section wins', () => {
    const v = vindplaats({ locatie: 'regels 150–152, 160 en 30' }, secties);
    expect(v.secties.map((s) => s.pad.at(-1))).toEqual(['Onderwijs', '2. Aanpak']);
    expect(v.alleenRegels).toBe(true);
    expect(vindplaats({ locatie: 'regels 150–152', sectie: 'Bijlage 3', pagina: '12' }, secties)).toEqual({
      secties: [{ pad: ['Bijlage 3'] }],
      pagina: '12',
      locatie: 'regels 150–152',
      alleenRegels: true,
    });
  });

  it('names every section a range runs into, not only the one it starts in', () => {
    const v = vindplaats({ locatie: 'regels 200–240' }, secties);
    expect(v.secties.map((s) => s.pad.join(' › '))).toEqual([
      '2. Aanpak › 2.1 Vanaf 2006 › Onderwijs',
      '2. Aanpak › 2.2 Bijeenkomsten',
      '3. Knelpunten',
    ]);
  });

  it("keeps a location without line numbers as the reader's location", () => {
    const v = vindplaats({ locatie: "alinea 'Meldcode in de wet'" }, secties);
    expect(v).toEqual({ secties: [], locatie: "alinea 'Meldcode in de wet'", alleenRegels: false });
    expect(plaatsen([v])).toEqual([{ locaties: ["alinea 'Meldcode in de wet'"], alleenRegels: false }]);
  });

  it('merges citations in the same section into one place with their lines', () => {
    const p = plaatsen([
      vindplaats({ locatie: 'regels 150–152' }, secties),
      vindplaats({ locatie: 'regels 160–170' }, secties),
      vindplaats({ locatie: 'regels 150–152' }, secties),
    ]);
    expect(p).toEqual([
      {
        sectie: { pad: ['2. Aanpak', '2.1 Vanaf 2006', 'Onderwijs'], pagina: 3 },
        locaties: ['regels 150–152', 'regels 160–170'],
        alleenRegels: true,
      },
    ]);
  });
});

describe('the table of contents of a source', () => {
  it('must be in line order, else the check names file and field', () => {
    const dir = fixtureWith({ 'bronnen/testbron.yaml': (t) => t.replace('regel: 30', 'regel: 12') });
    const { problemen } = checkContent(dir, dir);
    expect(problemen).toEqual([
      {
        bestand: 'bronnen/testbron.yaml',
        veld: 'secties',
        melding: 'Zet de secties op volgorde van regel, zonder dubbele regels',
      },
    ]);
  });
});
