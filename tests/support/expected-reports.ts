/**
 * What the check and the build must report on the committed bad fixtures:
 * the same lines from `npm run check` (tests/unit/) and `astro build` (tests/build/).
 */
export const BROKEN = 'tests/fixtures/broken';
export const VIJANDIG = 'tests/fixtures/vijandig';

/** The full report on tests/fixtures/broken. */
export const BROKEN_REPORT = [
  'Inhoudscontrole: 7 problemen in 6 bestanden.',
  `${BROKEN}/casussen/testcasus.md\n  - bronnen.0.bron: Verwijst naar "verzonnen-bron" in bronnen`,
  `${BROKEN}/interventies/hulp.md\n  - uitvoerders: Een interventie heeft minstens één verantwoordelijke organisatie`,
  `${BROKEN}/interventies/hulp.md\n  - uitvoerders: Een interventie heeft minstens één verantwoordelijke organisatie\n  - delen: Ontbreekt: elke interventie zegt in "delen" wat je mag delen, met wie en op welke grond`,
  `${BROKEN}/signalen/leeg.mdx\n  - Het bestand is leeg`,
  `${BROKEN}/signalen/testsignaal.mdx\n  - interventies.2.interventie: Verwijst naar "bestaat-niet"`,
  `${BROKEN}/signalen/tweede-signaal.mdx\n  - urgentie: Ongeldige optie`,
  `${BROKEN}/themas/kapot.yaml\n  - regel 3: YAML kan niet gelezen worden`,
];

/** The report on tests/fixtures/vijandig: MDX that would run code, raw HTML, a javascript: link. */
export const VIJANDIG_REPORT = [
  `${VIJANDIG}/signalen/testsignaal.mdx\n  - regel 23: "import fs from 'node:fs'": import en export zijn niet toegestaan`,
  '  - regel 27: "{globalThis.process.getBuiltinModule',
  '  - regel 37: <WieIsAanZet x=…>: onderdelen krijgen geen attributen',
  `${VIJANDIG}/interventies/hulp.md\n  - regel 16: HTML is niet toegestaan in de tekst`,
  '  - regel 18: De link "javascript:alert(document.cookie)" is niet toegestaan',
];
