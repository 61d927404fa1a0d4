/**
 * HTML validation (html-validate, .htmlvalidate.json) of every page of the
 * shared build: the national site and the example edition, so every page
 * type. The validator must fail on invalid HTML: tests/fixtures/dist-kapot.
 * Rules switched off or tuned in .htmlvalidate.json, and why:
 * - long-title: a page's title is the entry's full name plus the site name; shortening it would hide
 *   what a tab or a bookmark holds. The 70 characters are a search-engine habit, not a validity rule.
 * - tel-non-breaking: phone links carry class "tel", which sets white-space: nowrap (src/styles/base.css),
 *   so a number never breaks; the text keeps plain spaces and hyphens, as a reader would type them.
 */
import { describe, expect, inject, it } from 'vitest';
import { formatHtmlProblems, validateSite } from '../support/validate-html.ts';

const KAPOT = new URL('../fixtures/dist-kapot/', import.meta.url).pathname;

describe('the HTML validation', () => {
  it('fails on invalid HTML, naming page, line and rule', async () => {
    const { paginas, problemen } = await validateSite(KAPOT);
    expect(paginas).toEqual(['index.html', 'signalen/a/index.html']);
    expect(problemen.filter((p) => p.bestand === 'index.html')).toEqual([]);
    const regels = problemen.map((p) => `${p.bestand}:${p.regel} ${p.regelId}`);
    expect(regels).toContain('signalen/a/index.html:11 no-dup-id');
    expect(regels.some((r) => r.startsWith('signalen/a/index.html:13 '))).toBe(true);
  });
});

describe.each([
  ['national site', inject('dist')],
  ['example edition', inject('editieDist')],
])('HTML of the shared build of the %s', (_, dist) => {
  it('is valid on every page', async () => {
    const { paginas, problemen } = await validateSite(dist);
    expect(paginas.length).toBeGreaterThan(50);
    expect(formatHtmlProblems(problemen)).toBe('');
  });
});
