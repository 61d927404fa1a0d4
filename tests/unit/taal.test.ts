import { describe, expect, it } from 'vitest';
import { checkTaal } from '../../src/lib/taal.ts';
import { checkContent } from '../../src/lib/prepare.ts';
import { fixtureWith, nationalContent } from './helpers.ts';

describe('language check', () => {
  it.each([
    ['In Roma-gezinnen komt dit voor.', 'roma-gezin'],
    ['De Romaproblematiek is groot.', 'romaproblematiek'],
    ['Roma kinderen gaan niet naar school.', 'roma kinderen'],
    ['Het Sinti-gezin verhuisde.', 'sinti-gezin'],
    ['Een woord als zigeuners hoort hier niet.', 'zigeuner'],
    ['De Roma trouwen jong.', 'de roma trouwen'],
    ['Het kind is dader en slachtoffer.', 'kind is dader'],
    ['Minderjarige daders werden opgepakt.', 'minderjarige daders'],
  ])('flags %j', (zin, gevonden) => {
    const p = checkTaal('content/signalen/x.mdx', `---\ntitel: x\n---\n\n${zin}\n`);
    expect(p).toHaveLength(1);
    expect(p[0].bestand).toBe('content/signalen/x.mdx');
    expect(p[0].veld).toBe('regel 5');
    expect(p[0].melding.toLowerCase()).toContain(`"${gevonden}`);
  });

  it.each([
    'In sommige gezinnen met een Roma- of Sinti-achtergrond komt dit voor.',
    'Het programma Aanpak uitbuiting (Roma) kinderen liep van 2011 tot 2013.',
    'Het kind is mogelijk slachtoffer van uitbuiting; de volwassene is de dader.',
    'Het project Roma aan Zet ging vooraf aan Kernkracht.',
  ])('allows %j', (zin) => {
    expect(checkTaal('content/signalen/x.mdx', zin)).toEqual([]);
  });

  it('allows a listed exception only in its own file', () => {
    const uitzondering = [{ bestand: 'content/kaders/a.md', term: 'Zigeunerbeleid', reden: 'naam van historisch beleid' }];
    expect(checkTaal('content/kaders/a.md', 'Het Zigeunerbeleid van toen.', uitzondering)).toEqual([]);
    expect(checkTaal('content/kaders/b.md', 'Het Zigeunerbeleid van toen.', uitzondering)).toHaveLength(1);
    expect(checkTaal('content/kaders/a.md', 'Het Zigeunerbeleid en de zigeuners.', uitzondering)).toHaveLength(1);
  });

  it('fails the content check on a banned term, with file and line', () => {
    const dir = fixtureWith({
      'signalen/testsignaal.mdx': (t) => t.replace('Een kind is er niet.', 'Roma-gezinnen houden kinderen thuis.'),
    });
    const { problemen } = checkContent(dir, dir, []);
    expect(problemen).toHaveLength(1);
    expect(problemen[0]).toMatchObject({ bestand: 'signalen/testsignaal.mdx', veld: 'regel 35' });
  });
});

describe('the national content', () => {
  it('passes every content check: schema, links, sources with a location, review dates, language', () => {
    const { entries, problemen } = nationalContent();
    expect(problemen).toEqual([]);
    expect(entries.length).toBeGreaterThan(100);
  });
});
