import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../src/lib/content-files.ts';
import { VALID } from './helpers.ts';

describe('one parse for check and build', () => {
  it('gives the loader the same fields and body as the check, without the syntax tree', () => {
    const bestand = join(VALID, 'signalen/testsignaal.mdx');
    const tekst = readFileSync(bestand, 'utf8');
    const volledig = parseEntry('signalen', bestand, tekst).entries[0];
    const gegevens = parseEntry('signalen', bestand, tekst, { alleenGegevens: true }).entries[0];
    expect(gegevens.data).toEqual(volledig.data);
    expect(gegevens.body).toBe(volledig.body);
    expect(volledig.body).toContain('<WieIsAanZet />');
    expect(volledig.structuur).toContain('<WieIsAanZet />');
    expect(gegevens.structuur).toBeUndefined();
  });

  it('still refuses a broken frontmatter when only the fields are read', () => {
    const { entries, problemen } = parseEntry('signalen', 'x.mdx', '---\ntitel: a\n--- tekst\n', { alleenGegevens: true });
    expect(entries).toEqual([]);
    expect(problemen[0].veld).toBe('frontmatter');
  });
});
