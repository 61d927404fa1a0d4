/**
 * The Dutch names of the world's countries, from the browser's own Intl
 * data (no list of ours to keep up to date): "roemenie", "bulgarije", …
 * normalised as the search normalises words. Used to read "naar Roemenië"
 * in a situation as "naar het buitenland".
 */
import { normaliseer } from '../lib/situatie.ts';

let namen: Set<string> | undefined;

export function landnamen(): Set<string> {
  if (namen) return namen;
  namen = new Set();
  const weergave = new Intl.DisplayNames(['nl'], { type: 'region', fallback: 'none' });
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      const naam = weergave.of(code);
      const woorden = naam ? normaliseer(naam) : [];
      if (woorden.length === 1 && woorden[0] !== 'nederland') namen.add(woorden[0]);
    }
  }
  return namen;
}
