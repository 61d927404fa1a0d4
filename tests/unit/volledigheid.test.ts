/**
 * The completeness report of an edition: organisations aan zet without a
 * local contact, urgent signals without an "In onze gemeente" route. Points
 * for attention (the check passes), errors under `streng: true`.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { volledigheid } from '../../src/lib/volledigheid.ts';
import { prepareContent } from '../../src/lib/prepare.ts';
import { run } from '../support/commands.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const ref = (id: string) => ({ collection: 'x', id });
const e = (collection: string, id: string, data: Record<string, unknown>, bestand = `content/${collection}/${id}`) => ({
  collection,
  id,
  bestand,
  data,
});

describe('volledigheid (pure)', () => {
  const entries = [
    e('signalen', 'acuut-zonder', { titel: 'Acuut zonder route', urgentie: 'acuut', interventies: [{ interventie: ref('i1') }] }),
    e('signalen', 'hoog-met', {
      titel: 'Hoog met route',
      urgentie: 'hoog',
      interventies: [{ interventie: ref('i1'), organisaties: [ref('alleen-hier')] }],
    }),
    e('signalen', 'normaal', { titel: 'Normaal', urgentie: 'normaal', interventies: [{ interventie: ref('i2') }] }),
    e('interventies', 'i1', { uitvoerders: [{ organisatie: ref('politie') }, { organisatie: ref('met-contact') }] }),
    e('interventies', 'i2', { uitvoerders: [{ organisatie: ref('politie') }, { organisatie: ref('lokaal-team') }] }),
    e('organisaties', 'politie', { naam: 'Politie' }),
    e('organisaties', 'met-contact', { naam: 'Met contact' }),
    e('organisaties', 'alleen-hier', { naam: 'Alleen hier' }),
    e('organisaties', 'lokaal-team', { naam: 'Lokaal team' }, 'ed/content/organisaties/lokaal-team.md'),
  ];
  const punten = volledigheid({
    entries,
    contacten: ['met-contact'],
    lokaal: new Set(['hoog-met']),
    editieBestand: 'ed/editie.yaml',
    lokaalMap: 'ed/lokaal/',
    isLokaal: (x) => x.bestand.startsWith('ed/'),
  });

  it('names each organisation aan zet without a local contact, with the signals where', () => {
    expect(punten.filter((p) => p.bestand === 'ed/editie.yaml')).toEqual([
      {
        bestand: 'ed/editie.yaml',
        veld: 'contacten.alleen-hier',
        melding: expect.stringMatching(/^geen lokaal contact voor Alleen hier, aan zet bij 1 signaal \("Hoog met route"\)/),
      },
      {
        bestand: 'ed/editie.yaml',
        veld: 'contacten.politie',
        melding: expect.stringMatching(
          /^geen lokaal contact voor Politie, aan zet bij 2 signalen \("Acuut zonder route", "Normaal"\)/,
        ),
      },
    ]);
  });

  it('names each acute or high-urgency signal without a lokaal/ route', () => {
    expect(punten.filter((p) => p.bestand === 'ed/lokaal/')).toEqual([
      {
        bestand: 'ed/lokaal/',
        veld: 'acuut-zonder.md',
        melding: expect.stringContaining('"Acuut zonder route" (urgentie acuut)'),
      },
    ]);
  });
});

describe('volledigheid in npm run check', () => {
  function editie(extra = '') {
    const dir = mkdtempSync(join(tmpdir(), 'bm-volledig-'));
    cpSync(join(FIXTURES, 'editie'), dir, { recursive: true });
    writeFileSync(join(dir, 'editie.yaml'), readFileSync(join(dir, 'editie.yaml'), 'utf8') + extra);
    return dir;
  }

  it('lists aandachtspunten and passes', () => {
    const dir = editie();
    const v = prepareContent({ root: join(FIXTURES, '..', '..'), contentDir: join(FIXTURES, 'valid'), editieDir: dir });
    expect(v.problemen).toEqual([]);
    expect(v.aandachtspunten!.map((p) => p.veld)).toEqual(['contacten.tweede-organisatie', 'tweede-signaal.md']);
    const { status, output } = run('node', ['scripts/check-content.ts', 'tests/fixtures/valid', '--editie', dir]);
    expect(output).toContain('Aandachtspunten: 2 in 2 bestanden');
    expect(output).toMatch(/contacten\.tweede-organisatie: geen lokaal contact voor .*aan zet bij/);
    expect(status).toBe(0);
  });

  it('makes them errors under streng: true', () => {
    const dir = editie('streng: true\n');
    const { status, output } = run('node', ['scripts/check-content.ts', 'tests/fixtures/valid', '--editie', dir]);
    expect(output).toContain('Inhoudscontrole: 2 problemen in 2 bestanden.');
    expect(output).not.toContain('Aandachtspunten');
    expect(output).toMatch(/tweede-signaal\.md: geen route "In onze gemeente"/);
    expect(status).toBe(1);
  });
});
