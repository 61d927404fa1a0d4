import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../src/lib/content-files.ts';
import { LeesFout, leesMarkdown, stappenOnder } from '../../src/lib/body.ts';
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

  it("reads a body as the build renders it: with the build's own parser, GFM included", () => {
    // A table and a task list are GFM, which Astro renders; a parser without GFM would see paragraphs.
    const tree = leesMarkdown('## Kop\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] klaar\n', 'md');
    expect(tree.children?.map((n) => n.type)).toEqual(['heading', 'table', 'list']);
    expect(leesMarkdown('<WieIsAanZet />\n', 'mdx').children?.[0]).toMatchObject({
      type: 'mdxJsxFlowElement',
      name: 'WieIsAanZet',
    });
  });

  it("names the line and the reason of text it cannot parse, without the parser's internal code", () => {
    let fout: unknown;
    try {
      leesMarkdown('Tekst\n\nEen <onaf tag\n', 'mdx');
    } catch (error) {
      fout = error;
    }
    expect(fout).toBeInstanceOf(LeesFout);
    expect((fout as LeesFout).regel).toBe(3);
    expect((fout as LeesFout).reden).toMatch(/^Unexpected|^Expected/);
    expect((fout as LeesFout).reden).not.toMatch(/\(mdx-jsx:/);
  });
});
