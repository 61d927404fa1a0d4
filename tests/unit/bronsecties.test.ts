/**
 * The table of contents of each source document points at real headings:
 * every `secties` entry names a line of the source text (in ../shared/seeds)
 * on which, or just below which, the words of its title stand.
 */
import { describe, expect, it } from 'vitest';
import { nationalContent } from './helpers.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vanCollectie } from '../../src/lib/integrity.ts';
import { kopregels } from '../../src/lib/vindplaats.ts';

const seeds = process.env.BARRIEREMODEL_SEEDS ?? new URL('../../../shared/seeds/', import.meta.url).pathname;
const STOP = new Set([
  'het',
  'van',
  'een',
  'met',
  'voor',
  'aan',
  'bij',
  'tot',
  'uit',
  'over',
  'naar',
  'door',
  'niet',
  'wel',
  'zijn',
  'deze',
  'die',
  'dat',
  'en',
  'in',
  'op',
]);
const woorden = (s: string) =>
  (
    s
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\d]{3,}/gu) ?? []
  ).filter((w) => !STOP.has(w));

describe('the table of contents of the source documents', () => {
  it.skipIf(!existsSync(seeds))('puts every heading on a line of the source where its words stand', () => {
    const { entries } = nationalContent();
    const bronnen = vanCollectie(entries, 'bronnen').filter((e) => e.data.secties);
    expect(bronnen.length).toBe(5);
    const mis: string[] = [];
    for (const b of bronnen) {
      const regels = readFileSync(join(seeds, b.data.bestand ?? ''), 'utf8').split('\n');
      for (const s of b.data.secties ?? []) {
        const omgeving = new Set(woorden(regels.slice(s.regel - 1, s.regel + 3).join(' ')));
        if (s.regel > regels.length || !woorden(s.titel).some((w) => omgeving.has(w)))
          mis.push(`${b.bestand}: regel ${s.regel} "${s.titel}"`);
      }
    }
    expect(mis).toEqual([]);
  });
});

describe('proposing headings from a source text', () => {
  it('finds Markdown, numbered and short stand-alone headings, not sentences or list items', () => {
    const tekst = [
      '# INHOUD',
      '',
      '2.1. Aanpak in Lelystad',
      'Een zin die doorloopt,',
      '',
      'Cultuur',
      'tekst.',
      '',
      '- Geen kop',
      '',
      'Dit is een zin.',
    ].join('\n');
    expect(kopregels(tekst)).toEqual([
      { regel: 1, titel: 'INHOUD', niveau: 1 },
      { regel: 3, titel: '2.1. Aanpak in Lelystad', niveau: 2 },
      { regel: 6, titel: 'Cultuur', niveau: 2 },
    ]);
  });
});
