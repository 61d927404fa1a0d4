/**
 * An edition's logo is an image, nothing more: a PNG (checked by its
 * signature) or an SVG without scripts, event handlers, references to other
 * files or sites, or foreignObject. The SVG is parsed as XML (sax, strict).
 */
import sax from 'sax';
import type { Probleem } from './problems.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Elements that run code, embed other documents, or load from elsewhere. */
const VERBODEN_ELEMENTEN = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'audio',
  'video',
  'handler',
  'listener',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'discard',
]);

/** A reference inside the file itself ("#id") is fine; anything else points elsewhere. */
const intern = (v: string) => v.trim().startsWith('#');

export function checkLogo(bytes: Buffer, extensie: string, bestand: string, veld = 'logo'): Probleem[] {
  const p = (melding: string, regel?: number): Probleem => ({
    bestand,
    veld: regel ? `${veld} (regel ${regel})` : veld,
    melding,
  });
  if (extensie === '.png') {
    return bytes.subarray(0, 8).equals(PNG) ? [] : [p('Dit is geen PNG-bestand (de eerste bytes kloppen niet)')];
  }
  if (extensie !== '.svg') return [p(`Een logo is .svg of .png, niet "${extensie || '(geen)'}"`)];

  const problemen: Probleem[] = [];
  let tekst: string;
  try {
    tekst = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [p('Het SVG-bestand is geen geldige UTF-8-tekst')];
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(tekst)) problemen.push(p('Een SVG-logo mag geen DOCTYPE of ENTITY bevatten'));
  const parser = sax.parser(true, { xmlns: false, position: true });
  let wortel: string | undefined;
  parser.onopentag = (tag) => {
    const regel = parser.line + 1;
    const naam = tag.name.toLowerCase().replace(/^.*:/, '');
    wortel ??= naam;
    if (VERBODEN_ELEMENTEN.has(naam))
      problemen.push(p(`<${tag.name}> is niet toegestaan in een logo (scripts, animatie en ingebedde inhoud)`, regel));
    if (naam === 'style') problemen.push(p('<style> is niet toegestaan in een logo; gebruik attributen als fill', regel));
    for (const [attr, value] of Object.entries(tag.attributes as Record<string, string>)) {
      const a = attr.toLowerCase();
      if (a.startsWith('on')) problemen.push(p(`Het attribuut ${attr} (een script) is niet toegestaan in een logo`, regel));
      else if ((a === 'href' || a.endsWith(':href') || a === 'src') && !intern(value)) {
        problemen.push(p(`${attr}="${value.slice(0, 60)}" verwijst naar iets buiten het logo; dat is niet toegestaan`, regel));
      } else if (/url\s*\(\s*['"]?\s*(?!#)/i.test(value)) {
        problemen.push(p(`${attr}: url(…) naar iets buiten het logo is niet toegestaan`, regel));
      } else if (a === 'style' && /@import|expression\s*\(/i.test(value)) {
        problemen.push(p(`${attr}: @import en expression() zijn niet toegestaan`, regel));
      }
    }
  };
  parser.onprocessinginstruction = (pi) => {
    if (pi.name.toLowerCase() !== 'xml') problemen.push(p(`<?${pi.name} …?> is niet toegestaan in een logo`, parser.line + 1));
  };
  try {
    parser.write(tekst).close();
  } catch (error) {
    return [...problemen, p(`Het SVG-bestand kan niet gelezen worden: ${(error as Error).message.split('\n')[0]}`)];
  }
  if (wortel !== 'svg') problemen.push(p('Een SVG-logo begint met <svg>'));
  return problemen;
}
