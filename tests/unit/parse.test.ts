import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../src/lib/content-files.ts';
import { leesMarkdown, stappenOnder } from '../../src/lib/body.ts';
import { STAPPEN_KOP } from '../../src/lib/model.ts';
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

  it('lets the pages read the tree the check made, instead of parsing the body again', () => {
    const tekst = readFileSync(join(VALID, 'signalen/testsignaal.mdx'), 'utf8');
    const { body, aantalStappen } = parseEntry('signalen', 'testsignaal.mdx', tekst).entries[0];
    const boom = leesMarkdown(body!, 'mdx');
    expect(leesMarkdown(body!, 'mdx')).toBe(boom);
    expect(stappenOnder(body!, STAPPEN_KOP)).toHaveLength(aantalStappen!);
    expect(aantalStappen).toBeGreaterThan(0);
  });
});
