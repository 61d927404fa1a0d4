/**
 * Key components rendered on their own with astro/container, from the graph
 * of the valid fixture, and validated with html-validate (the project's
 * .htmlvalidate.json; fragments may lack a document around them).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { checkContent } from '../../src/lib/prepare.ts';
import { buildGraph, type GraphInput, type SignaalNode } from '../../src/lib/graph.ts';
import { COLLECTIONS } from '../../src/lib/model.ts';
import { telUri, type Telefoonnummer } from '../../src/lib/telefoon.ts';
import { htmlValidator, validateHtml, formatHtmlProblems } from '../support/validate-html.ts';
import Telefoon from '../../src/components/Telefoon.astro';
import BelBlok from '../../src/components/BelBlok.astro';
import WieIsAanZet from '../../src/components/WieIsAanZet.astro';
import MagIkDitDelen from '../../src/components/MagIkDitDelen.astro';
import Oefencasussen from '../../src/components/Oefencasussen.astro';
import Links from '../../src/components/Links.astro';

const VALID = new URL('../fixtures/valid/', import.meta.url).pathname;

/** The graph of the valid fixture; `acuut` makes its test signal acute, so that 112 is offered. */
function fixtureGraph({ acuut = false } = {}) {
  const { entries, problemen } = checkContent(VALID, VALID);
  if (problemen.length) throw new Error(`De geldige fixture heeft problemen: ${JSON.stringify(problemen)}`);
  if (acuut) (entries.find((e) => e.id === 'testsignaal')!.data as { urgentie: string }).urgentie = 'acuut';
  const input = Object.fromEntries(COLLECTIONS.map((c) => [c, entries.filter((e) => e.collection === c)]));
  return buildGraph(input as unknown as GraphInput);
}
const graph = fixtureGraph();
const acuteGraph = fixtureGraph({ acuut: true });

// BelBlok asks the site's graph (loaded through astro:content); here it is the fixture's, with an acute signal.
vi.mock('../../src/data/graph.ts', () => ({ getGraph: async () => acuteGraph }));

/** A fragment is valid HTML in a page body; rules about the whole document do not apply. */
const validator = htmlValidator({ rules: { 'valid-id': 'error' } });
const valide = async (html: string, naam: string) => formatHtmlProblems(await validateHtml(validator, html, naam));

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const signaal = (id: string) => graph.signalen.find((s) => s.id === id) as SignaalNode;

describe('Telefoon', () => {
  it('renders each number as a call link that dials exactly the number shown, in valid HTML', async () => {
    const nummer = (n: string, label?: string): Telefoonnummer => ({ nummer: n, uri: telUri(n)!, label });
    const nummers = [nummer('0800-2000', 'Veilig Thuis'), nummer('020 123 45 67')];
    const html = await container.renderToString(Telefoon, { props: { nummers } });
    expect(html).toContain('<a class="tel" href="tel:+318002000">0800-2000</a> (Veilig Thuis)');
    expect(html).toContain(' · <a class="tel" href="tel:+31201234567">020 123 45 67</a>');
    expect(await valide(html, 'Telefoon')).toBe('');
  });
});

describe('BelBlok', () => {
  it('offers 112 for an acute signal, in valid HTML', async () => {
    const s = acuteGraph.signalen.find((x) => x.id === 'testsignaal') as SignaalNode;
    const html = await container.renderToString(BelBlok, { props: { signaal: s } });
    expect(html).toContain('<aside class="bel-blok"');
    expect(html.match(/href="tel:[^"]+"/g)).toEqual(['href="tel:112"']);
    expect(await valide(html, 'BelBlok')).toBe('');
  });

  it('renders nothing when there is no number to call', async () => {
    // The test signal as it is in the fixture: urgency "hoog", no local contact, no advice line in the fixture.
    const html = await container.renderToString(BelBlok, { props: { signaal: signaal('testsignaal') } });
    expect(html.trim()).toBe('');
  });
});

describe('WieIsAanZet', () => {
  it('renders every phase of the barrier model with its steps, in valid HTML', async () => {
    const s = signaal('testsignaal');
    const html = await container.renderToString(WieIsAanZet, { props: { signaal: s } });
    expect(html.match(/<li class="fase fase--/g)).toHaveLength(s.fasen.length);
    expect(html).toContain('href="/interventies/hulp/"');
    expect(await valide(html, 'WieIsAanZet')).toBe('');
  });

  it('the validator fails on what would break a page: a duplicate id', async () => {
    const s = signaal('testsignaal');
    const html = await container.renderToString(WieIsAanZet, { props: { signaal: s } });
    expect(await valide(html + html, 'twee keer WieIsAanZet')).toMatch(/no-dup-id/);
  });
});

describe('MagIkDitDelen', () => {
  it('renders what may be shared, with whom and on which grounds, each with its kader, in valid HTML', async () => {
    const interventie = graph.interventies.find((i) => i.id === 'testinterventie')!;
    const html = await container.renderToString(MagIkDitDelen, { props: { delen: interventie.delen } });
    for (const met of interventie.delen.met) expect(html).toContain(`<li>${met}</li>`);
    expect(html.match(/<li class="grondslag grondslag--/g)).toHaveLength(interventie.delen.grondslagen.length);
    expect(html).toContain('href="/kaders/testwet/"');
    expect(await valide(html, 'MagIkDitDelen')).toBe('');
  });
});

describe('Oefencasussen', () => {
  it('lists the case exercises of an entry under their heading, each linked, in valid HTML', async () => {
    const casussen = graph.casussen;
    expect(casussen.length).toBeGreaterThan(0);
    const html = await container.renderToString(Oefencasussen, { props: { casussen, kop: 'Oefen met een casus' } });
    expect(html).toContain('<h2 id="casussen-kop">Oefen met een casus</h2>');
    for (const c of casussen) expect(html).toContain(`href="/casussen/${c.id}/"`);
    expect(await valide(html, 'Oefencasussen')).toBe('');
  });

  it('renders nothing when no case practises the entry', async () => {
    const html = await container.renderToString(Oefencasussen, { props: { casussen: [], kop: 'Oefen met een casus' } });
    expect(html.trim()).toBe('');
  });
});

describe('Links', () => {
  it('renders nodes as links separated by commas, each to its own page, in valid HTML', async () => {
    const nodes = [...graph.organisaties, ...graph.signalen].slice(0, 3);
    expect(nodes).toHaveLength(3);
    const html = await container.renderToString(Links, { props: { nodes } });
    expect(html.match(/<a /g)).toHaveLength(3);
    expect(html.match(/<\/a>, <a /g)).toHaveLength(2);
    for (const n of nodes) expect(html).toContain(`href="/${n.collection}/${n.id}/"`);
    expect(await valide(html, 'Links')).toBe('');
  });

  it('renders nothing for no nodes', async () => {
    expect((await container.renderToString(Links, { props: { nodes: [] } })).trim()).toBe('');
  });
});
