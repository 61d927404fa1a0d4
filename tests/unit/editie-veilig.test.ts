/**
 * Editions stay in their folder, and their theme and logo are data: paths
 * outside the folder, symbolic links, unsafe SVG, and a theme that does more
 * than set known tokens (or sets them without enough contrast) are refused
 * with file and field.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEditie } from '../../src/lib/editie.ts';
import { prepareContent } from '../../src/lib/prepare.ts';
import { checkThema, contrast, CONTRASTPAREN, leesKleur, standaardTokens } from '../../src/lib/thema.ts';
import { checkLogo } from '../../src/lib/logo.ts';
import { formatReport, type Probleem } from '../../src/lib/problems.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#005a4e"/></svg>\n';

function project(editie: string, bestanden: Record<string, string | Buffer> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'bm-editie-veilig-'));
  cpSync(join(FIXTURES, 'valid'), join(root, 'content'), { recursive: true });
  cpSync(join(FIXTURES, 'editie'), join(root, 'editie'), { recursive: true });
  writeFileSync(join(root, 'editie/editie.yaml'), readFileSync(join(root, 'editie/editie.yaml'), 'utf8') + editie);
  for (const [pad, inhoud] of Object.entries(bestanden)) writeFileSync(join(root, 'editie', pad), inhoud);
  return root;
}

const problemen = (root: string): Probleem[] => loadEditie('editie', root).problemen;

describe('edition files stay in the edition folder', () => {
  it.each([
    ['logo: ../../../../etc/passwd\nlogoTekst: x\n', 'logo', /buiten de editiemap/],
    ['logo: /etc/passwd\nlogoTekst: x\n', 'logo', /binnen de editiemap/],
    ['thema: ..\\\\..\\\\etc\\\\passwd\n', 'thema', /binnen de editiemap/],
    ['thema: sub/../../x.css\n', 'thema', /buiten de editiemap/],
  ])('refuses %j', (yaml, veld, melding) => {
    const p = problemen(project(yaml));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ bestand: 'editie/editie.yaml', veld });
    expect(p[0].melding).toMatch(melding);
  });

  it('refuses a logo or theme that is a symbolic link, and any link in the folder', () => {
    const root = project('logo: logo.svg\nlogoTekst: x\nthema: thema.css\n');
    symlinkSync('/etc/passwd', join(root, 'editie/logo.svg'));
    symlinkSync('/etc/hostname', join(root, 'editie/thema.css'));
    symlinkSync('/etc', join(root, 'editie/extra'));
    symlinkSync('/etc/passwd', join(root, 'editie/lokaal/tweede-signaal.md'));
    const v = prepareContent({ root, contentDir: join(root, 'content'), editieDir: 'editie' });
    const r = formatReport(v.problemen);
    expect(r).toContain('logo: "logo.svg" is (of loopt via) een symbolische link');
    expect(r).toContain('thema: "thema.css" is (of loopt via) een symbolische link');
    expect(r).toContain('editie/extra\n  - Is een symbolische link');
    expect(r).toContain('editie/lokaal/tweede-signaal.md\n  - Is een symbolische link');
    expect(r).not.toContain('root:');
  });

  it('reports an "In onze gemeente" block nested too deep, with file and line, instead of crashing', () => {
    const root = project('', { 'lokaal/tweede-signaal.md': `Bel ons.\n\n${'> '.repeat(20_000)}diep\n` });
    const p = prepareContent({ root, contentDir: join(root, 'content'), editieDir: 'editie' }).problemen;
    expect(p).toContainEqual({
      bestand: 'editie/lokaal/tweede-signaal.md',
      veld: 'regel 3',
      melding: expect.stringMatching(/^Markdown kan niet gelezen worden: de tekst is te diep genest/),
    });
  });

  it('reports an unreadable editie.yaml (alias bomb, invalid UTF-8) instead of crashing', () => {
    const root = project('');
    writeFileSync(
      join(root, 'editie/editie.yaml'),
      'a: &a [x, x, x, x, x, x, x, x]\n' +
        'bcdefgh'
          .split('')
          .map((l, i) => `${l}: &${l} [${Array(8).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)
          .join('\n'),
    );
    expect(problemen(root)[0].melding).toMatch(/te veel of te diep geneste verwijzingen/);
    writeFileSync(join(root, 'editie/editie.yaml'), Buffer.from('naam: Caf\xe9\n', 'latin1'));
    expect(problemen(root)[0]).toMatchObject({ bestand: 'editie/editie.yaml', veld: 'codering' });
  });

  it('refuses an accessibility date that does not exist', () => {
    const root = project('');
    writeFileSync(
      join(root, 'editie/editie.yaml'),
      readFileSync(join(root, 'editie/editie.yaml'), 'utf8').replace('datum: 2026-11-25', 'datum: 2026-02-30'),
    );
    expect(problemen(root)).toEqual([
      { bestand: 'editie/editie.yaml', veld: 'toegankelijkheid.datum', melding: 'Geen bestaande datum' },
    ]);
  });
});

describe('the logo is an image, nothing more', () => {
  it('accepts a plain SVG and a real PNG', () => {
    expect(checkLogo(Buffer.from(LOGO), '.svg', 'e.yaml')).toEqual([]);
    expect(checkLogo(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), '.png', 'e.yaml')).toEqual([]);
  });

  it.each([
    ['a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', /<script> is niet toegestaan/],
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', /onload \(een script\)/],
    [
      'an external href',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://elders.example/x.png"/></svg>',
      /xlink:href=.* buiten het logo/,
    ],
    ['a file reference', '<svg xmlns="http://www.w3.org/2000/svg"><use href="/etc/passwd#x"/></svg>', /href=.* buiten het logo/],
    [
      'foreignObject',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>',
      /<foreignObject> is niet toegestaan/,
    ],
    [
      'a style url()',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(https://elders.example/a)"/></svg>',
      /url\(…\)/,
    ],
    [
      'an entity',
      '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
      /DOCTYPE of ENTITY/,
    ],
    ['broken XML', '<svg><g></svg>', /kan niet gelezen worden/],
    ['HTML disguised as SVG', '<html><body>x</body></html>', /begint met <svg>/],
  ])('refuses an SVG with %s', (_, svg, melding) => {
    const p = checkLogo(Buffer.from(svg), '.svg', 'editie/editie.yaml');
    expect(p.length).toBeGreaterThan(0);
    expect(p[0].bestand).toBe('editie/editie.yaml');
    expect(p.map((x) => x.melding).join('\n')).toMatch(melding);
  });

  it('refuses other file types and a PNG that is not one', () => {
    expect(checkLogo(Buffer.from('GIF89a'), '.gif', 'e.yaml')[0].melding).toMatch(/\.svg of \.png/);
    expect(checkLogo(Buffer.from('<svg/>'), '.png', 'e.yaml')[0].melding).toMatch(/geen PNG/);
  });

  it('checks the logo named in editie.yaml', () => {
    const p = problemen(
      project('logo: logo.svg\nlogoTekst: x\n', { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>' }),
    );
    expect(p).toEqual([expect.objectContaining({ bestand: 'editie/editie.yaml', veld: 'logo (regel 1)' })]);
  });
});

describe('the theme sets known tokens only, with enough contrast', () => {
  const check = (css: string) => checkThema(css, 'editie/thema.css');

  it('accepts the example edition theme', () => {
    const css = readFileSync(new URL('../../editions/voorbeeld/thema.css', import.meta.url), 'utf8');
    expect(check(css)).toEqual([]);
  });

  it.each([
    ['@import', '@import url("https://elders.example/a.css");', /@import is niet toegestaan/],
    ['url()', ':root { --bm-color-brand: url("../../../../etc/passwd"); }', /url\(\), image\(\)/],
    ['an escaped url()', ':root { --bm-color-brand: u\\72l(x); }', /backslash/],
    ['image-set()', ':root { --bm-color-brand: image-set("https://elders.example/a.png" 1x); }', /url\(\), image\(\)/],
    ['another selector', 'body { background: red; }', /Alleen :root/],
    ['a nested rule', ':root { a { color: red } }', /Alleen tokens/],
    ['a property that is no token', ':root { color: red; }', /"color" is geen token/],
    ['@font-face', '@font-face { font-family: x; src: url(https://elders.example/f.woff2); }', /@font-face is niet toegestaan/],
    ['broken CSS', ':root { --bm-color-brand: #fff', /CSS kan niet gelezen worden/],
  ])('refuses %s', (_, css, melding) => {
    const p = check(css);
    expect(p.length).toBeGreaterThan(0);
    expect(p[0].bestand).toBe('editie/thema.css');
    expect(p.map((x) => x.melding).join('\n')).toMatch(melding);
  });

  it('suggests the token that was meant', () => {
    expect(check(':root {\n  --bm-color-brnad: #005a4e;\n}')).toEqual([
      { bestand: 'editie/thema.css', veld: 'regel 2', melding: 'onbekend token --bm-color-brnad; bedoel je --bm-color-brand?' },
    ]);
  });

  it('fails below 4.5:1 and names the pair and both colours', () => {
    const p = check(':root { --bm-color-brand: #ffff00; }');
    expect(p).toEqual([
      expect.objectContaining({
        melding: expect.stringMatching(
          /^Te weinig contrast tussen --bm-color-brand-text \(#ffffff\) en --bm-color-brand \(#ffff00\): 1\.07:1/,
        ),
      }),
    ]);
    expect(
      check(':root { --bm-color-text: rgb(170 170 170); }')
        .map((x) => x.melding)
        .join('\n'),
    ).toContain('--bm-color-text (rgb(170 170 170)) en --bm-color-background (#ffffff)');
  });

  it('follows var() and refuses colours it cannot judge', () => {
    expect(
      check(':root { --bm-color-link: var(--bm-color-focus); }')
        .map((x) => x.melding)
        .join('\n'),
    ).toContain('--bm-color-link (#ffbf47)');
    expect(check(':root { --bm-color-text: rebeccapurple; }')[0].melding).toMatch(/kan niet op contrast beoordeeld worden/);
    expect(check(':root { --bm-color-text: #1a1a1a80; }')[0].melding).toMatch(/dekkende kleur/);
  });

  it('the default tokens meet every pair', () => {
    const tokens = standaardTokens();
    for (const [a, b] of CONTRASTPAREN) {
      const c = contrast(leesKleur(tokens.get(a)!)!.rgb, leesKleur(tokens.get(b)!)!.rgb);
      expect(c, `${a} op ${b}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('reads colours robustly', () => {
    expect(leesKleur('#FFF')).toEqual({ rgb: [255, 255, 255], alpha: 1 });
    expect(leesKleur('rgb(0, 0, 0)')).toEqual({ rgb: [0, 0, 0], alpha: 1 });
    expect(leesKleur('rgba(100%, 0%, 0%, 0.5)')).toEqual({ rgb: [255, 0, 0], alpha: 0.5 });
    expect(leesKleur('hsl(0 0% 100%)')!.rgb.map(Math.round)).toEqual([255, 255, 255]);
    expect(leesKleur('hsl(120, 100%, 25%)')!.rgb.map(Math.round)).toEqual([0, 128, 0]);
    expect(leesKleur('rgb(1 2)')).toBeUndefined();
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  });
});
