import { describe, expect, it } from 'vitest';
import { sectieTekst, stappenOnder } from '../../src/lib/body.ts';

const body = `## Wat zie je?

Iets.

## Wat doe je nu?

Lees eerst dit.

1. Bel **vandaag** [Veilig Thuis](https://example.org).
2. Leg vast
   wat je ziet.

<WieIsAanZet />

## Let op

- geen stap
`;

describe('steps in a body', () => {
  it('returns the list items under a heading as plain text', () => {
    expect(stappenOnder(body, 'Wat doe je nu?')).toEqual(['Bel vandaag Veilig Thuis.', 'Leg vast wat je ziet.']);
  });

  it('returns nothing for a missing heading or a section without a list', () => {
    expect(stappenOnder(body, 'Achtergrond')).toEqual([]);
    expect(stappenOnder('## Wat doe je nu?\n\nGeen lijst.\n\n## Let op\n\n- x\n', 'Wat doe je nu?')).toEqual([]);
  });

  it('reads the raw text of one section, up to the next level-2 heading, also with Windows line ends', () => {
    const body = '## Wat zie je?\r\n\r\n- Afwezig.\r\n\r\n### Detail\r\n\r\nMeer.\r\n\r\n## Let op\r\n\r\nNiet dit.\r\n';
    expect(sectieTekst(body, 'Wat zie je?')).toBe('\r\n- Afwezig.\r\n\r\n### Detail\r\n\r\nMeer.\r\n\r\n');
    expect(sectieTekst(body, 'Achtergrond')).toBe('');
  });
});
