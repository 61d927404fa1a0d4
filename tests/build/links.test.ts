/**
 * Links and anchors over the whole shared build (the national site and the
 * example edition): every local href/src points to a file of the site, every
 * #anchor exists, and nothing is loaded from another origin. The checker
 * itself must fail on a broken site: tests/fixtures/dist-kapot.
 */
import { describe, expect, inject, it } from 'vitest';
import { checkLinks, formatLinkProblems } from '../support/linkcheck.ts';

const KAPOT = new URL('../fixtures/dist-kapot/', import.meta.url).pathname;
const base = inject('base');

describe('the link check', () => {
  it('finds every broken link, missing anchor and foreign resource in a broken site', async () => {
    const problemen = await checkLinks(KAPOT, { base: '/barrieremodel/' });
    expect(problemen).toEqual([
      { pagina: 'index.html', url: '/barrieremodel/_astro/weg.css', melding: 'verwijst naar een bestand dat niet bestaat' },
      {
        pagina: 'index.html',
        url: 'https://cdn.example/tracker.js',
        melding: 'laadt iets van een ander domein; de site doet geen verzoeken elders',
      },
      {
        pagina: 'index.html',
        url: 'signalen/a/#bestaat-niet',
        melding: 'het anker #bestaat-niet bestaat niet op signalen/a/index.html',
      },
      { pagina: 'index.html', url: 'signalen/b/', melding: 'verwijst naar een bestand dat niet bestaat' },
      { pagina: 'index.html', url: '/elders/', melding: 'valt buiten het basispad /barrieremodel/' },
      {
        pagina: 'signalen/a/index.html',
        url: '../../_astro/ontbreekt.png',
        melding: 'verwijst naar een bestand dat niet bestaat',
      },
    ]);
  });

  it("counts a URL on the site's own address as local", async () => {
    const problemen = await checkLinks(KAPOT, { base: '/barrieremodel/', site: 'https://cdn.example' });
    expect(problemen.map((p) => p.url)).toContain('https://cdn.example/tracker.js');
    expect(problemen.find((p) => p.url === 'https://cdn.example/tracker.js')!.melding).toBe(
      'valt buiten het basispad /barrieremodel/',
    );
  });
});

describe.each([
  ['national site', inject('dist')],
  ['example edition', inject('editieDist')],
])('links and anchors in the shared build of the %s', (_, dist) => {
  it('all point to a file of the site and an anchor that exists', async () => {
    const problemen = await checkLinks(dist, { base });
    expect(formatLinkProblems(problemen)).toBe('');
  });
});
