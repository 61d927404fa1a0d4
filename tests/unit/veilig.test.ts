/**
 * Content is data, not code: hostile and careless input is refused by the
 * content check with file, line or field, and a Dutch message — never run,
 * never published, never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { symlinkSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/prepare.ts';
import { veiligeUrl } from '../../src/lib/body-safety.ts';
import { secties } from '../../src/lib/secties.ts';
import { formatReport, type Probleem } from '../../src/lib/problems.ts';
import { VALID, fixtureWith } from './helpers.ts';

function problemen(dir: string): Probleem[] {
  return checkContent(dir, dir).problemen;
}

/** Adds `regels` to the signal body, just before "## Let op", and returns every problem. */
function inSignaal(regels: string): Probleem[] {
  return problemen(fixtureWith({ 'signalen/testsignaal.mdx': (t) => t.replace('## Let op', `${regels}\n\n## Let op`) }));
}

function inInterventie(regels: string): Probleem[] {
  return problemen(fixtureWith({ 'interventies/hulp.md': (t) => t.replace('## Let op', `${regels}\n\n## Let op`) }));
}

/** The first line added before "## Let op" takes that heading's line in testsignaal.mdx. */
const regelVan = (bestand: string, tekst: string) =>
  readFileSync(join(VALID, bestand), 'utf8')
    .split('\n')
    .findIndex((r) => r.includes(tekst)) + 1;
const LET_OP = regelVan('signalen/testsignaal.mdx', '## Let op');
const REGEL = `regel ${LET_OP}`;

describe('MDX cannot run code', () => {
  it.each([
    ['import', "import fs from 'node:fs'", /import en export zijn niet toegestaan/],
    ['export', 'export const x = globalThis.process.exit(0)', /import en export zijn niet toegestaan/],
    ['a flow expression', '{process.exit(0)}', /"\{process\.exit\(0\)\}": code tussen accolades is niet toegestaan/],
    ['a text expression', 'Tekst {globalThis.process.env.HOME} meer', /code tussen accolades/],
    [
      'an attribute with an expression',
      "<WieIsAanZet x={require('fs')} />",
      /<WieIsAanZet x=…>: onderdelen krijgen geen attributen/,
    ],
    ['a spread attribute', '<WieIsAanZet {...globalThis} />', /onderdelen krijgen geen attributen/],
    ['a plain attribute', '<WieIsAanZet rol="school" />', /onderdelen krijgen geen attributen/],
    ['content inside the component', '<WieIsAanZet>{1}</WieIsAanZet>', /dit onderdeel heeft geen inhoud/],
  ])('refuses %s with file and line', (_, regel, melding) => {
    const p = inSignaal(regel).filter((x) => x.veld === REGEL);
    expect(p.length, formatReport(p)).toBeGreaterThan(0);
    expect(p[0].bestand).toBe('signalen/testsignaal.mdx');
    expect(p.map((x) => x.melding).join('\n')).toMatch(melding);
  });

  it('refuses unknown components and HTML-like JSX', () => {
    const p = inSignaal('<img src="x" onError={alert(1)} />\n\n<Fragment set:html="<b>x</b>" />');
    const m = p.map((x) => `${x.veld}: ${x.melding}`).join('\n');
    expect(m).toContain(`regel ${LET_OP}: Onbekend onderdeel <img>`);
    expect(m).toContain(`regel ${LET_OP + 2}: Onbekend onderdeel <Fragment>`);
    expect(m).toContain(`regel ${LET_OP + 2}: <Fragment set:html=…>`);
  });

  it('refuses a frontmatter whose end Astro would read differently', () => {
    const p = problemen(
      fixtureWith({
        'signalen/testsignaal.mdx': (t) =>
          t.replace('laatstBeoordeeld: 2026-11-25\n---\n', 'laatstBeoordeeld: 2026-11-25\n---{process.exit(0)}\nx: 1\n---\n'),
      }),
    );
    expect(p).toContainEqual(expect.objectContaining({ bestand: 'signalen/testsignaal.mdx', veld: 'frontmatter' }));
  });

  it('accepts the component exactly as documented, and escaped braces', () => {
    expect(inSignaal('Een accolade als teken: \\{ en \\}.')).toEqual([]);
  });
});

describe('no raw HTML and only safe links', () => {
  it.each([
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://elders.example/">'],
    ['an image with onerror', 'Tekst <img src=x onerror=alert(1)> tekst'],
    ['a script', '<script>alert(1)</script>'],
    ['a comment', '<!-- verborgen -->'],
    ['an iframe', '<iframe src="https://elders.example/"></iframe>'],
  ])('refuses %s in Markdown with file and line', (_, regel) => {
    const p = inInterventie(regel);
    expect(p[0]).toMatchObject({
      bestand: 'interventies/hulp.md',
      veld: `regel ${regelVan('interventies/hulp.md', '## Let op')}`,
    });
    expect(p[0].melding).toMatch(/^HTML is niet toegestaan in de tekst/);
  });

  it.each([
    '[klik](javascript:alert(1))',
    '[klik](JaVaScRiPt:alert(1))',
    '[klik](&#106;avascript:alert(1))',
    '[klik](vbscript:msgbox)',
    '![plaatje](data:image/svg+xml;base64,PHN2Zz4=)',
    '[klik](//elders.example/pad)',
    '[klik](/\\elders.example)',
    '[klik][ref]\n\n[ref]: javascript:alert(1)',
    '[klik](file:///etc/passwd)',
  ])('refuses the link %s', (regel) => {
    for (const p of [inInterventie(regel), inSignaal(regel)]) {
      expect(p.length, formatReport(p)).toBeGreaterThan(0);
      expect(
        p.every((x) => /^De (link|afbeelding) ".*" (is niet toegestaan|staat niet op deze site)/.test(x.melding)),
        formatReport(p),
      ).toBe(true);
    }
  });

  it('accepts relative, https, http, mailto and tel links', () => {
    expect(
      inInterventie(
        '[a](../signalen/x/) [b](https://wetten.overheid.nl/) [c](http://a.nl) [d](mailto:a@b.nl) [e](tel:+31201234567) [f](#kop)',
      ),
    ).toEqual([]);
  });

  it('judges schemes the way a browser reads them', () => {
    expect(veiligeUrl('java\tscript:alert(1)')).toBe(false);
    expect(veiligeUrl(' \u0001javascript:x')).toBe(false);
    expect(veiligeUrl('\\\\host\\share')).toBe(false);
    expect(veiligeUrl('signalen/x/?a=b:c')).toBe(true);
    expect(veiligeUrl('HTTPS://a.nl')).toBe(true);
  });
});

describe('every failure is a report, never a stack trace', () => {
  it('reports a YAML alias bomb, with the other problems', () => {
    const bom = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
    ].join('\n');
    const p = problemen(fixtureWith({ 'themas/bom.yaml': bom, 'signalen/leeg.mdx': '' }));
    expect(p).toContainEqual(
      expect.objectContaining({
        bestand: 'themas/bom.yaml',
        melding: expect.stringMatching(/te veel of te diep geneste verwijzingen/),
      }),
    );
    expect(p).toContainEqual({ bestand: 'signalen/leeg.mdx', melding: 'Het bestand is leeg' });
  });

  it('reports a body nested deeper than any text needs, with its line, instead of overflowing the stack', () => {
    const diep = inSignaal('> '.repeat(20_000) + 'te diep');
    expect(diep).toContainEqual({
      bestand: 'signalen/testsignaal.mdx',
      veld: `regel ${LET_OP}`,
      melding: expect.stringMatching(/^MDX kan niet gelezen worden: de tekst is te diep genest \(meer dan 100 niveaus/),
    });
    const lijst = Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i * 2)}- punt`).join('\n');
    expect(inInterventie(lijst)).toContainEqual(
      expect.objectContaining({ bestand: 'interventies/hulp.md', melding: expect.stringMatching(/te diep genest/) }),
    );
    // Real content nests a few levels; a list in a quote in a list is accepted.
    expect(inSignaal('- een\n  > citaat\n  > - binnenin\n')).toEqual([]);
  });

  it('reports YAML nested too deep to read as a problem of the file', () => {
    const p = problemen(fixtureWith({ 'themas/diep.yaml': `titel: Diep\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` }));
    expect(p).toContainEqual(
      expect.objectContaining({ bestand: 'themas/diep.yaml', melding: expect.stringMatching(/te diep genest/) }),
    );
  });

  it('refuses symbolic links, without following them, loops included', () => {
    const dir = fixtureWith();
    symlinkSync('/etc/passwd', join(dir, 'themas/wachtwoorden.yaml'));
    symlinkSync('..', join(dir, 'begrippen/lus'));
    const p = problemen(dir);
    expect(p.map((x) => x.bestand).sort()).toEqual(['begrippen/lus', 'themas/wachtwoorden.yaml']);
    expect(p.every((x) => x.melding.startsWith('Is een symbolische link'))).toBe(true);
  });

  it('reports an unreadable file and invalid UTF-8', () => {
    const dir = fixtureWith();
    writeFileSync(join(dir, 'themas/latin1.yaml'), Buffer.from('titel: Caf\xe9\n', 'latin1'));
    execFileSync('mkfifo', [join(dir, 'kaders/pijp.md')]);
    const p = problemen(dir);
    expect(p).toContainEqual({
      bestand: 'themas/latin1.yaml',
      veld: 'codering',
      melding: 'Is geen geldige UTF-8-tekst; sla het bestand op als UTF-8',
    });
    expect(p).toContainEqual({ bestand: 'kaders/pijp.md', melding: 'Is geen gewoon bestand en wordt niet gelezen' });
    if (process.getuid?.() !== 0) {
      writeFileSync(join(dir, 'themas/dicht.yaml'), 'titel: x\n');
      chmodSync(join(dir, 'themas/dicht.yaml'), 0);
      expect(problemen(dir)).toContainEqual(
        expect.objectContaining({ bestand: 'themas/dicht.yaml', melding: expect.stringMatching(/kan niet gelezen worden/) }),
      );
    }
  });

  it('accepts a leading byte-order mark silently', () => {
    expect(
      problemen(fixtureWith({ 'signalen/testsignaal.mdx': (t) => `\uFEFF${t}`, 'themas/testthema.yaml': (t) => `\uFEFF${t}` })),
    ).toEqual([]);
  });

  it('refuses dates that do not exist and review dates in the future', () => {
    const p = problemen(
      fixtureWith({
        'themas/testthema.yaml': (t) => t.replace('laatstBeoordeeld: 2026-11-25', 'laatstBeoordeeld: 2026-02-30'),
        'begrippen/tst.yaml': (t) => t.replace('laatstBeoordeeld: 2026-11-25', 'laatstBeoordeeld: 2999-01-01'),
      }),
    );
    expect(p).toContainEqual({ bestand: 'themas/testthema.yaml', veld: 'laatstBeoordeeld', melding: 'Geen bestaande datum' });
    expect(p).toContainEqual(
      expect.objectContaining({
        bestand: 'begrippen/tst.yaml',
        veld: 'laatstBeoordeeld',
        melding: expect.stringMatching(/^Deze datum ligt in de toekomst/),
      }),
    );
  });

  it.each([
    ['U+202E', '\u202e'],
    ['U+2066', '\u2066'],
    ['U+200B', '\u200b'],
    ['U+0007', '\u0007'],
  ])('refuses the invisible character %s in a title and in a body', (code, c) => {
    const p = problemen(
      fixtureWith({
        'signalen/testsignaal.mdx': (t) =>
          t.replace('titel: Testsignaal', `titel: Test${c}signaal`).replace('Een kind is er niet.', `Een kind${c} is er niet.`),
      }),
    );
    expect(p).toContainEqual(
      expect.objectContaining({ bestand: 'signalen/testsignaal.mdx', veld: 'titel', melding: expect.stringContaining(code) }),
    );
    const regel = `regel ${regelVan('signalen/testsignaal.mdx', 'Een kind is er niet.')}`;
    expect(p).toContainEqual(
      expect.objectContaining({ bestand: 'signalen/testsignaal.mdx', veld: regel, melding: expect.stringContaining(code) }),
    );
  });

  it('checks the id on the real file name, backslash included', () => {
    const dir = fixtureWith();
    writeFileSync(join(dir, 'themas', 'map\\ander.yaml'), 'titel: x\n');
    const p = problemen(dir);
    expect(p).toContainEqual(expect.objectContaining({ bestand: 'themas/map\\ander.yaml', veld: 'bestandsnaam' }));
  });
});

describe('no request to another site from a body', () => {
  it.each([
    '![pixel](https://elders.example/p.png)',
    '![pixel][p]\n\n[p]: http://elders.example/p.png',
    '![pixel](//elders.example/p.png)',
  ])('refuses the image %s', (regel) => {
    const p = inInterventie(regel);
    expect(p.length, formatReport(p)).toBeGreaterThan(0);
    expect(p.map((x) => x.melding).join('\n')).toMatch(/staat niet op deze site|is niet toegestaan/);
  });

  it('accepts an image with a relative path', () => {
    expect(inInterventie('![schema](../afbeeldingen/schema.png)')).toEqual([]);
  });

  it('renders case sections without HTML, unsafe links or outside images (second wall)', () => {
    const [s] = secties(
      '## Situatie\n\nTekst <img src=x onerror=alert(1)> [a](javascript:alert(1)) ![p](https://elders.example/p.png) [b](https://wetten.overheid.nl/)\n',
    );
    expect(s.html).not.toMatch(/<img|javascript:|elders\.example/);
    expect(s.html).toContain('href="https://wetten.overheid.nl/"');
  });
});

describe('YAML that Astro would read differently', () => {
  it('refuses an unknown tag', () => {
    const p = problemen(fixtureWith({ 'themas/testthema.yaml': (t) => t.replace(/^titel: /m, 'titel: !!js/function ') }));
    expect(p).toEqual([
      expect.objectContaining({
        bestand: 'themas/testthema.yaml',
        veld: 'regel 1',
        melding: expect.stringMatching(/^YAML kan niet gelezen worden: .*tag/i),
      }),
    ]);
  });
});
