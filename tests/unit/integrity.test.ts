import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/prepare.ts';
import { checkEntries } from '../../src/lib/integrity.ts';
import { parseEntry } from '../../src/lib/content-files.ts';
import { formatReport, type Probleem } from '../../src/lib/problems.ts';
import { VALID, fixtureWith } from './helpers.ts';

/** Checks a folder and returns its problems with paths relative to it. */
function problemen(dir: string): Probleem[] {
  return checkContent(dir, dir).problemen;
}

function een(dir: string): Probleem {
  const p = problemen(dir);
  expect(p, formatReport(p)).toHaveLength(1);
  return p[0];
}

describe('integrity check on valid content', () => {
  it('finds no problem and keeps every file', () => {
    const { entries, problemen } = checkContent(VALID, VALID);
    expect(problemen).toEqual([]);
    expect(entries).toHaveLength(12);
  });
});

describe('stand van de wet on a kader', () => {
  it('accepts the date on which the current text was read', () => {
    const p = problemen(
      fixtureWith({ 'kaders/testwet.md': (t) => t.replace('laatstBeoordeeld:', 'standVanDeWet: 2026-12-01\nlaatstBeoordeeld:') }),
    );
    expect(p).toEqual([]);
  });

  it('reports a date written another way, with file and field', () => {
    const p = een(
      fixtureWith({
        'kaders/testwet.md': (t) => t.replace('laatstBeoordeeld:', 'standVanDeWet: 1 december 2026\nlaatstBeoordeeld:'),
      }),
    );
    expect(p.bestand).toBe('kaders/testwet.md');
    expect(p.veld).toBe('standVanDeWet');
    expect(p.melding).toContain('JJJJ-MM-DD');
  });
});

describe('integrity check on broken content', () => {
  it('reports a dangling reference with file and field', () => {
    const p = een(
      fixtureWith({ 'signalen/testsignaal.mdx': (t) => t.replace('interventie: hulp', 'interventie: bestaat-niet') }),
    );
    expect(p).toEqual({
      bestand: 'signalen/testsignaal.mdx',
      veld: 'interventies.2.interventie',
      melding: 'Verwijst naar "bestaat-niet" in interventies, maar dat bestaat niet (geen bestand interventies/bestaat-niet.*)',
    });
  });

  it('reports a cited source that does not exist', () => {
    const p = een(fixtureWith({ 'themas/testthema.yaml': (t) => t.replace('bron: testbron', 'bron: onbekende-bron') }));
    expect(p.bestand).toBe('themas/testthema.yaml');
    expect(p.veld).toBe('bronnen.0.bron');
    expect(p.melding).toContain('"onbekende-bron" in bronnen');
  });

  it('reports a signal without any intervention', () => {
    const dir = fixtureWith({
      'signalen/tweede-signaal.mdx': (t) =>
        t.replace(/interventies:\n  - interventie: hulp\n    fase: perspectief-bieden\n/, 'interventies: []\n'),
    });
    const p = een(dir);
    expect(p).toMatchObject({
      bestand: 'signalen/tweede-signaal.mdx',
      veld: 'interventies',
      melding: 'Een signaal heeft minstens één interventie',
    });
  });

  it('reports an intervention without a responsible organisation', () => {
    const dir = fixtureWith({
      'interventies/hulp.md': (t) =>
        t.replace(
          /uitvoerders:\n  - organisatie: tweede-organisatie\n    rol: biedt hulp\n    regie: true\n/,
          'uitvoerders: []\n',
        ),
    });
    const p = een(dir);
    expect(p).toMatchObject({
      bestand: 'interventies/hulp.md',
      veld: 'uitvoerders',
      melding: 'Een interventie heeft minstens één verantwoordelijke organisatie',
    });
  });

  it('requires exactly one organisation with the lead (regie) per intervention', () => {
    const geen = een(fixtureWith({ 'interventies/hulp.md': (t) => t.replace('    regie: true\n', '') }));
    expect(geen).toMatchObject({
      bestand: 'interventies/hulp.md',
      veld: 'uitvoerders',
      melding: expect.stringMatching(/^Geen organisatie heeft de regie/),
    });
    const twee = een(
      fixtureWith({
        'interventies/testinterventie.md': (t) =>
          t.replace(/(  - organisatie: tweede-organisatie\n    rol: [^\n]+\n)/, '$1    regie: true\n'),
      }),
    );
    expect(twee).toMatchObject({
      bestand: 'interventies/testinterventie.md',
      veld: 'uitvoerders',
      melding: expect.stringMatching(/Meer dan één organisatie heeft de regie \(testorganisatie, tweede-organisatie\)/),
    });
  });

  it('reports an observation no signal uses, and a signal without observations', () => {
    const los = een(fixtureWith({ 'observaties/los.yaml': 'tekst: Niemand gebruikt dit\ngroep: thuis\n' }));
    expect(los).toMatchObject({ bestand: 'observaties/los.yaml', melding: expect.stringMatching(/^Losse observatie/) });
    const zonder = problemen(
      fixtureWith({ 'signalen/tweede-signaal.mdx': (t) => t.replace('observaties: [testobservatie]\n', '') }),
    );
    expect(zonder).toEqual([expect.objectContaining({ bestand: 'signalen/tweede-signaal.mdx', veld: 'observaties' })]);
  });

  it('reports a role step that "Wat doe je nu?" does not have', () => {
    const p = een(
      fixtureWith({
        'signalen/testsignaal.mdx': (t) =>
          t.replace('observaties: [testobservatie]\n', 'observaties: [testobservatie]\nperRol:\n  school: { stappen: [1, 9] }\n'),
      }),
    );
    expect(p).toMatchObject({
      bestand: 'signalen/testsignaal.mdx',
      veld: 'perRol.school.stappen.1',
      melding: expect.stringMatching(/^Stap 9 bestaat niet: "Wat doe je nu\?" heeft \d+ stappen/),
    });
  });

  it('reports a missing required field, in Dutch', () => {
    const p = een(fixtureWith({ 'signalen/testsignaal.mdx': (t) => t.replace('urgentie: hoog\n', '') }));
    expect(p.veld).toBe('urgentie');
    expect(p.melding).toMatch(/^Ongeldige optie: verwacht één van "acuut"\|"hoog"\|"normaal"/);
  });

  it('reports an unknown phase and an unknown field', () => {
    const p = problemen(
      fixtureWith({
        'signalen/testsignaal.mdx': (t) =>
          t.replace('fase: sanctioneren', 'fase: straffen').replace('urgentie: hoog', 'urgentie: hoog\nkleur: rood'),
      }),
    );
    expect(p.map((x) => x.veld).sort()).toEqual(['', 'interventies.1.fase'].map((v) => v || undefined).sort());
    expect(formatReport(p)).toContain('kleur');
  });

  it('reports a missing source or review date', () => {
    const p = problemen(
      fixtureWith({
        'begrippen/tst.yaml': (t) =>
          t
            .replace(/bronnen:\n  - bron: testbron\n    locatie: p. 9\n/, '')
            .replace('laatstBeoordeeld: 2026-11-25', 'laatstBeoordeeld: 25-11-2026'),
      }),
    );
    expect(p.map((x) => x.veld).sort()).toEqual(['bronnen', 'laatstBeoordeeld']);
    expect(p.find((x) => x.veld === 'laatstBeoordeeld')!.melding).toContain('JJJJ-MM-DD');
  });

  it('reports a source citation without a location', () => {
    const p = een(fixtureWith({ 'kaders/testwet.md': (t) => t.replace('locatie: artikel 1', 'locatie: ""') }));
    expect(p).toMatchObject({ bestand: 'kaders/testwet.md', veld: 'bronnen.0.locatie' });
  });

  it('requires "Mag ik dit delen?" on every intervention, in Dutch, naming file and field', () => {
    const p = een(fixtureWith({ 'interventies/hulp.md': (t) => t.replace(/delen:\n(?:  .*\n)+/, '') }));
    expect(p.bestand).toBe('interventies/hulp.md');
    expect(p.veld).toBe('delen');
    expect(p.melding).toContain('wat je mag delen, met wie en op welke grond');
  });

  it('requires each ground for sharing to name its kind, duty or right, and an existing kader', () => {
    const p = problemen(
      fixtureWith({
        'interventies/testinterventie.md': (t) =>
          t
            .replace('soort: meldcode', 'soort: roddel')
            .replace('plicht: recht', 'plicht: misschien')
            .replace('kader: testwet\n      toelichting: Volg', 'kader: geen-wet\n      toelichting: Volg'),
        'interventies/hulp.md': (t) => t.replace(/  grondslagen:\n(?:    .*\n)+/, '  grondslagen: []\n'),
      }),
    );
    const velden = p
      .filter((x) => x.bestand.startsWith('interventies/'))
      .map((x) => `${x.bestand} ${x.veld}`)
      .sort();
    expect(velden).toEqual([
      'interventies/hulp.md delen.grondslagen',
      'interventies/testinterventie.md delen.grondslagen.0.soort',
      'interventies/testinterventie.md delen.grondslagen.1.plicht',
    ]);
    const kader = problemen(
      fixtureWith({
        'interventies/testinterventie.md': (t) =>
          t.replace('kader: testwet\n      toelichting: Volg', 'kader: geen-wet\n      toelichting: Volg'),
      }),
    );
    expect(kader).toEqual([
      {
        bestand: 'interventies/testinterventie.md',
        veld: 'delen.grondslagen.0.kader',
        melding: 'Verwijst naar "geen-wet" in kaders, maar dat bestaat niet (geen bestand kaders/geen-wet.*)',
      },
    ]);
  });

  it('never skips an empty file', () => {
    const p = een(fixtureWith({ 'signalen/leeg.mdx': '' }));
    expect(p).toEqual({ bestand: 'signalen/leeg.mdx', melding: 'Het bestand is leeg' });
  });

  it('reports unparsable YAML with its line', () => {
    const p = een(fixtureWith({ 'themas/kapot.yaml': 'titel: Kapot\nomschrijving: [niet gesloten\n' }));
    expect(p.bestand).toBe('themas/kapot.yaml');
    expect(p.melding).toMatch(/^YAML kan niet gelezen worden/);
    expect(p.veld).toMatch(/^regel \d+$/);
  });

  it('reports unparsable frontmatter and MDX with the line in the file', () => {
    const p = problemen(
      fixtureWith({
        'signalen/testsignaal.mdx': (t) => t.replace('## Let op', '## Let op\n\nEen <onaf tag'),
        'kaders/testwet.md': (t) => t.replace(/^---\n/, ''),
      }),
    );
    const mdx = p.find((x) => x.bestand === 'signalen/testsignaal.mdx')!;
    expect(mdx.melding).toMatch(/^MDX kan niet gelezen worden/);
    expect(mdx.veld).toBe('regel 49');
    expect(p.find((x) => x.bestand === 'kaders/testwet.md')).toMatchObject({ veld: 'frontmatter' });
  });

  it('reports a body whose headings differ from the fixed structure', () => {
    const p = een(fixtureWith({ 'interventies/hulp.md': (t) => t.replace('## Ervaringen', '## Resultaten') }));
    expect(p.veld).toBe('koppen');
    expect(p.melding).toContain('ontbreekt: "## Ervaringen"');
    expect(p.melding).toContain('niet toegestaan: "## Resultaten"');
  });

  it('refuses a case whose title or summary gives the outcome away', () => {
    const p = problemen(
      fixtureWith({
        'casussen/testcasus.md': (t) =>
          t
            .replace('titel: Testcasus', 'titel: Een casus waarin De toets slaagde!')
            .replace('samenvatting: Een casus voor de tests.', 'samenvatting: Uiteindelijk de tóéts   slaagde.'),
      }),
    );
    expect(p).toEqual([
      expect.objectContaining({
        bestand: 'casussen/testcasus.md',
        veld: 'titel',
        melding: expect.stringMatching(/^Verklapt de afloop: "de toets slaagde" staat in uitkomst/),
      }),
      expect.objectContaining({
        bestand: 'casussen/testcasus.md',
        veld: 'samenvatting',
        melding: expect.stringContaining('"Wat gebeurde er?"'),
      }),
    ]);
    // Whole words only: a title that merely shares a word stem passes.
    expect(
      problemen(
        fixtureWith({
          'casussen/testcasus.md': (t) => t.replace('titel: Testcasus', 'titel: De toets slaagde bijna-niet-toets'),
        }),
      ),
    ).toHaveLength(1);
    expect(
      problemen(fixtureWith({ 'casussen/testcasus.md': (t) => t.replace('titel: Testcasus', 'titel: De toetsen slaagden') })),
    ).toEqual([]);
  });

  it('requires planning data on a case: duration, target group and level', () => {
    const p = problemen(
      fixtureWith({
        'casussen/testcasus.md': (t) =>
          t
            .replace('duur: 30', 'duur: een uur')
            .replace('doelgroep: [leerplicht, trainer]', 'doelgroep: [leraar]')
            .replace('niveau: basis', 'niveau: gevorderd'),
      }),
    );
    expect(p.map((x) => x.veld).sort()).toEqual(['doelgroep.0', 'duur', 'niveau']);
    expect(p.find((x) => x.veld === 'duur')!.melding).toContain('minuten');
  });

  it('requires a case to carry presenter notes for the trainer (## Notities)', () => {
    const p = een(fixtureWith({ 'casussen/testcasus.md': (t) => t.replace(/\n## Notities[\s\S]*$/, '\n') }));
    expect(p).toMatchObject({ bestand: 'casussen/testcasus.md', veld: 'koppen' });
    expect(p.melding).toContain('ontbreekt: "## Notities"');
  });

  it('requires <WieIsAanZet /> in a signal, and no other component', () => {
    const p = problemen(fixtureWith({ 'signalen/testsignaal.mdx': (t) => t.replace('<WieIsAanZet />', '<Iets />') }));
    expect(p.map((x) => x.melding).join('\n')).toContain('Onbekend onderdeel <Iets>');
    expect(p.map((x) => x.melding).join('\n')).toContain('ontbreekt: "<WieIsAanZet />"');
  });

  it('reports a file in the wrong place or of the wrong type', () => {
    const p = problemen(
      fixtureWith({
        'signalen/notitie.md': '# x',
        'losse-map/x.yaml': 'a: 1',
        'signalen/sub/y.mdx': 'x',
        'Fout Bestand.yaml': 'a: 1',
      }),
    );
    expect(p.map((x) => x.bestand).sort()).toEqual([
      'Fout Bestand.yaml',
      'losse-map/x.yaml',
      'signalen/notitie.md',
      'signalen/sub/y.mdx',
    ]);
    expect(p.find((x) => x.bestand === 'signalen/notitie.md')!.melding).toContain('gebruik .mdx');
  });

  it('reports an id that is not kebab-case', () => {
    const p = een(
      fixtureWith({
        'begrippen/Hoofdletter.yaml':
          'term: X\nuitleg: Y\nbronnen:\n  - bron: testbron\n    locatie: p. 1\nlaatstBeoordeeld: 2026-11-25\n',
      }),
    );
    expect(p).toMatchObject({ bestand: 'begrippen/Hoofdletter.yaml', veld: 'bestandsnaam' });
  });

  it('reports a phase that the intervention does not have', () => {
    const p = een(
      fixtureWith({ 'signalen/tweede-signaal.mdx': (t) => t.replace('fase: perspectief-bieden', 'fase: voorkomen') }),
    );
    expect(p.veld).toBe('interventies.0.fase');
    expect(p.melding).toContain('De fase "voorkomen" hoort niet bij "hulp"');
  });

  it('reports an organisation on a link that does not carry out the intervention', () => {
    const p = een(
      fixtureWith({
        'signalen/testsignaal.mdx': (t) =>
          t.replace('organisaties: [testorganisatie]', 'organisaties: [testorganisatie, tweede-organisatie, testorganisatie-x]'),
      }),
    );
    expect(p.veld).toBe('interventies.0.organisaties.2');
  });

  it('reports an orphaned intervention that no signal or case uses', () => {
    const dir = fixtureWith({
      'casussen/testcasus.md': (t) => t.replace('interventies: [testinterventie]', 'interventies: []'),
      'signalen/testsignaal.mdx': (t) =>
        t.replace(
          /  - interventie: testinterventie\n    fase: signaleren\n    organisaties: \[testorganisatie\]\n    toelichting: De testorganisatie signaleert.\n  - interventie: testinterventie\n    fase: sanctioneren\n/,
          '',
        ),
    });
    expect(een(dir)).toEqual({
      bestand: 'interventies/testinterventie.md',
      melding: 'Losse interventie: geen signaal of casus verwijst ernaar',
    });
  });

  it('reports an orphaned organisation that no intervention names', () => {
    const dir = fixtureWith({
      'organisaties/los.md': (() => {
        const t =
          '---\nnaam: Los\nsoort: zorg\nsamenvatting: S\nbronnen:\n  - bron: testbron\n    locatie: p. 1\nlaatstBeoordeeld: 2026-11-25\n---\n\n## Wat doet deze organisatie?\n\nX\n\n## Wat mag zij delen?\n\nY\n';
        return t;
      })(),
    });
    expect(een(dir)).toEqual({
      bestand: 'organisaties/los.md',
      melding: 'Losse organisatie: geen interventie noemt haar als uitvoerder',
    });
  });

  it('reports a duplicated id across content folders, naming both files', () => {
    const a = parseEntry(
      'themas',
      'content/themas/dubbel.yaml',
      'titel: A\nomschrijving: B\nbronnen: [{bron: b, locatie: p. 1}]\nlaatstBeoordeeld: 2026-11-25\n',
    );
    const b = parseEntry(
      'themas',
      'lokaal/themas/dubbel.yaml',
      'titel: C\nomschrijving: D\nbronnen: [{bron: b, locatie: p. 1}]\nlaatstBeoordeeld: 2026-11-25\n',
    );
    const bron = parseEntry(
      'bronnen',
      'content/bronnen/b.yaml',
      'titel: B\nuitgever: U\nsoort: rapport\nomschrijving: O\nlaatstBeoordeeld: 2026-11-25\n',
    );
    const { problemen } = checkEntries([...a.entries, ...b.entries, ...bron.entries]);
    expect(problemen).toEqual([
      {
        bestand: 'lokaal/themas/dubbel.yaml',
        veld: 'id',
        melding: 'De id "dubbel" bestaat al in themas (content/themas/dubbel.yaml); elke id mag maar één keer voorkomen',
      },
    ]);
  });

  it('lists every problem at once, grouped per file', () => {
    const dir = fixtureWith({
      'signalen/leeg.mdx': '',
      'signalen/testsignaal.mdx': (t) => t.replace('urgentie: hoog', 'urgentie: heel hoog'),
      'interventies/hulp.md': (t) => t.replace('bron: testbron', 'bron: weg'),
    });
    const report = formatReport(problemen(dir));
    expect(report).toMatch(/^Inhoudscontrole: 3 problemen in 3 bestanden\./);
    expect(report).toContain('interventies/hulp.md\n  - bronnen.0.bron: Verwijst naar "weg"');
    expect(report).toContain('signalen/leeg.mdx\n  - Het bestand is leeg');
    expect(report).toContain('signalen/testsignaal.mdx\n  - urgentie: Ongeldige optie');
  });
});

describe('one problem, one report', () => {
  it('does not report references to a file that exists but cannot be parsed', () => {
    const dir = fixtureWith({ 'themas/testthema.yaml': (t) => `${t}\nkapot: [\n` });
    const p = problemen(dir);
    expect(p).toHaveLength(1);
    expect(p[0].bestand).toBe('themas/testthema.yaml');
  });
});
