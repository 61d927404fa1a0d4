import { describe, expect, it } from 'vitest';
import { secties, sectie } from '../../src/lib/secties.ts';
import { leesMarkdown } from '../../src/lib/body.ts';
import { SECTIES, STAPPEN_KOP, STRUCTUUR, WIE_IS_AAN_ZET } from '../../src/lib/model.ts';
import { nl } from '../../src/i18n/nl.ts';

describe('sections of a body', () => {
  const s = secties(
    '## Situatie\n\nEen *meisje* van 15.\n\n## Vragen voor de groep\n\n1. Wat zie je?\n2. Wie bel je?\n\n<div>rauw</div>\n\n## Antwoorden\n\nDit.\n',
  );

  it('splits at level-2 headings and renders each as HTML', () => {
    expect(s.map((x) => x.kop)).toEqual(['Situatie', 'Vragen voor de groep', 'Antwoorden']);
    expect(sectie(s, 'Situatie').html).toBe('<p>Een <em>meisje</em> van 15.</p>');
    expect(sectie(s, 'Vragen voor de groep').html).toContain('<ol>');
  });

  it('drops raw HTML', () => {
    expect(sectie(s, 'Vragen voor de groep').html).not.toContain('rauw');
  });

  it('leaves the shared tree alone: other readers still see what the body says', () => {
    const body = '## Kop\n\n<div>rauw</div>\n\n[link](javascript:alert(1))\n';
    expect(sectie(secties(body), 'Kop').html).not.toContain('rauw');
    expect(sectie(secties(body), 'Kop').html).not.toContain('javascript:');
    const gedeeld = JSON.stringify(leesMarkdown(body));
    expect(gedeeld).toContain('rauw');
    expect(gedeeld).toContain('javascript:alert(1)');
  });

  it('gives the same sections for the same body, made once', () => {
    const body = '## Een\n\nA.\n\n## Twee\n\nB.\n';
    expect(secties(body)).toBe(secties(body));
    expect(sectie(secties(body), 'Twee').html).toBe('<p>B.</p>');
  });

  it('names a missing section', () => {
    expect(() => sectie(s, 'Wat gebeurde er?')).toThrow('Sectie "Wat gebeurde er?" ontbreekt');
  });
});

describe('section names in one place (SECTIES)', () => {
  it('derives the required structure from SECTIES, with "Wie is aan zet?" right after the steps', () => {
    expect(STRUCTUUR.casussen).toEqual(Object.values(SECTIES.casussen).map((k) => `## ${k}`));
    expect(STRUCTUUR.interventies).toEqual(Object.values(SECTIES.interventies).map((k) => `## ${k}`));
    expect(STRUCTUUR.signalen).toEqual([
      '## Wat zie je?',
      '## Waar kan het op wijzen?',
      `## ${STAPPEN_KOP}`,
      `<${WIE_IS_AAN_ZET} />`,
      '## Let op',
      '## Achtergrond',
    ]);
  });

  it('shows the same names as the headings editors write', () => {
    expect([nl.casus.situatie, nl.casus.vragen, nl.casus.antwoorden, nl.casus.watGebeurde]).toEqual([
      SECTIES.casussen.situatie,
      SECTIES.casussen.vragen,
      SECTIES.casussen.antwoorden,
      SECTIES.casussen.watGebeurde,
    ]);
    expect(nl.model.kaarten.watZieJe).toBe(SECTIES.signalen.watZieJe);
  });
});
