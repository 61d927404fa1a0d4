import { describe, expect, it } from 'vitest';
import { secties, sectie } from '../../src/lib/secties.ts';

describe('sections of a body', () => {
  const s = secties('## Situatie\n\nEen *meisje* van 15.\n\n## Vragen voor de groep\n\n1. Wat zie je?\n2. Wie bel je?\n\n<div>rauw</div>\n\n## Antwoorden\n\nDit.\n');

  it('splits at level-2 headings and renders each as HTML', () => {
    expect(s.map((x) => x.kop)).toEqual(['Situatie', 'Vragen voor de groep', 'Antwoorden']);
    expect(sectie(s, 'Situatie').html).toBe('<p>Een <em>meisje</em> van 15.</p>');
    expect(sectie(s, 'Vragen voor de groep').html).toContain('<ol>');
  });

  it('drops raw HTML', () => {
    expect(sectie(s, 'Vragen voor de groep').html).not.toContain('rauw');
  });

  it('names a missing section', () => {
    expect(() => sectie(s, 'Wat gebeurde er?')).toThrow('Sectie "Wat gebeurde er?" ontbreekt');
  });
});
