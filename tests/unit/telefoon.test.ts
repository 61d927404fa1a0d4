import { describe, expect, it } from 'vitest';
import { telefoonDelen, telefoonSchema, telUri } from '../../src/lib/telefoon.ts';
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';

describe('phone numbers', () => {
  it('accepts Dutch numbers and the emergency number, each with the URI that dials it', () => {
    expect(telUri('0800-2000')).toBe('tel:+318002000');
    expect(telUri('0900-8844')).toBe('tel:+319008844');
    expect(telUri('020 123 4567')).toBe('tel:+31201234567');
    expect(telUri('112')).toBe('tel:112');
    expect(telUri('0123-456789')).toBeUndefined();
    expect(telUri('112 (spoed) of 0900-8844')).toBeUndefined();
  });

  it('reads one number as a list of one, and a list with labels', () => {
    expect(telefoonSchema.parse('0800-2000')).toEqual([{ nummer: '0800-2000', uri: 'tel:+318002000' }]);
    expect(telefoonSchema.parse([{ label: 'spoed', nummer: 112 }])).toEqual([{ label: 'spoed', nummer: '112', uri: 'tel:112' }]);
  });

  it('refuses two numbers glued into one field, with a message that shows the list form', () => {
    const r = telefoonSchema.safeParse('112 (spoed) of 0900-8844 (geen spoed)');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toMatch(/geen geldig Nederlands telefoonnummer.*label: spoed/);
  });

  it('finds the numbers in running text, without brackets, ranges or article numbers', () => {
    const delen = telefoonDelen('Bel 112 bij gevaar, of Veilig Thuis (0800-2000). Zie regels 112–133 en art. 112 Sr.');
    const nummers = delen.filter((d) => d.uri);
    expect(nummers).toEqual([
      { tekst: '112', uri: 'tel:112' },
      { tekst: '0800-2000', uri: 'tel:+318002000' },
    ]);
    expect(delen.map((d) => d.tekst).join('')).toBe(
      'Bel 112 bij gevaar, of Veilig Thuis (0800-2000). Zie regels 112–133 en art. 112 Sr.',
    );
  });

  it('links dial exactly the number their text shows', () => {
    for (const d of telefoonDelen('0900-8844 of 020-1234567 of 06-12345678').filter((x) => x.uri)) {
      expect(parsePhoneNumberWithError(d.tekst, 'NL').getURI()).toBe(d.uri);
    }
  });
});
