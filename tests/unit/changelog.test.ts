/**
 * After a national update renames or removes an entry, an edition that still
 * names the old id is told which file, the old id and (where CHANGELOG.md
 * records it) the new id. The changelog's section is machine-readable.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { laatsteVersie, leesWijzigingen, metWijzigingen } from '../../src/lib/changelog.ts';
import { prepareContent } from '../../src/lib/prepare.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

describe('the changelog section "Hernoemd en verwijderd"', () => {
  it('is read from the real CHANGELOG.md, which keeps its version heading', () => {
    const tekst = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const { wijzigingen, problemen } = leesWijzigingen(tekst);
    expect(problemen).toEqual([]);
    expect(laatsteVersie(tekst).versie).toMatch(/^\d+\.\d+\.\d+$/);
    // What it records is true of the content: an old id is gone, a new id exists.
    const bestaat = (item: string) =>
      existsSync(join(ROOT, 'content', item.split('/')[0])) &&
      readdirSync(join(ROOT, 'content', item.split('/')[0])).some((f) => f.replace(/\.[^.]+$/, '') === item.split('/')[1]);
    for (const w of wijzigingen) {
      expect(bestaat(w.oud), `${w.oud} staat als hernoemd of verwijderd, maar bestaat nog`).toBe(false);
      if (w.nieuw) expect(bestaat(w.nieuw), `${w.nieuw} bestaat niet`).toBe(true);
    }
  });

  it('reads renames and removals, and reports a broken entry with file and place', () => {
    const { wijzigingen } = leesWijzigingen(readFileSync(join(FIXTURES, 'changelog/CHANGELOG.md'), 'utf8'));
    expect(wijzigingen).toContainEqual({ versie: '0.2.0', oud: 'signalen/oud-signaal', nieuw: 'signalen/testsignaal' });
    expect(wijzigingen).toContainEqual({
      versie: '0.3.0',
      oud: 'interventies/weg-interventie',
      toelichting: 'opgegaan in interventies/hulp',
    });
    const kapot = leesWijzigingen('## Hernoemd en verwijderd\n\n```yaml\n- versie: 1\n  oud: signaal-zonder-collectie\n```\n');
    expect(kapot.problemen.map((p) => `${p.bestand} ${p.veld}`)).toEqual([
      'CHANGELOG.md Hernoemd en verwijderd 0.versie',
      'CHANGELOG.md Hernoemd en verwijderd 0.oud',
    ]);
    expect(leesWijzigingen('# Geen sectie\n').problemen[0].melding).toContain('Geen kop "## Hernoemd en verwijderd"');
  });

  it('adds nothing to problems outside the edition folder', () => {
    const w = [{ versie: '1.0.0', oud: 'signalen/a', nieuw: 'signalen/b' }];
    const p = [{ bestand: 'content/x.md', melding: 'Verwijst naar "a" in signalen' }];
    expect(metWijzigingen(p, w, 'ed')).toEqual(p);
  });
});

describe('an edition written for an older national version', () => {
  it('names the file, the old id and the new id (or the removal)', () => {
    const root = mkdtempSync(join(tmpdir(), 'bm-changelog-'));
    cpSync(join(FIXTURES, 'valid'), join(root, 'content'), { recursive: true });
    cpSync(join(FIXTURES, 'changelog'), root, { recursive: true });
    const { problemen } = prepareContent({ root, editieDir: 'editie' });
    const regels = problemen.map((p) => `${p.bestand} ${p.veld}: ${p.melding}`);
    expect(regels).toEqual(
      expect.arrayContaining([
        'editie/editie.yaml verbergen.0.item: "casussen/oude-casus" bestaat niet in de landelijke inhoud. Volgens CHANGELOG.md: "casussen/oude-casus" is in versie 0.3.0 hernoemd naar "casussen/testcasus"; schrijf "casussen/testcasus"',
        'editie/editie.yaml vervangt.0: "interventies/weg-interventie" bestaat niet in de landelijke inhoud. Volgens CHANGELOG.md: "interventies/weg-interventie" is in versie 0.3.0 verwijderd (opgegaan in interventies/hulp); haal de verwijzing weg',
        'editie/editie.yaml contacten.oude-organisatie: Er is geen organisatie "oude-organisatie" (zie de id\'s in organisaties/). Volgens CHANGELOG.md: "organisaties/oude-organisatie" is in versie 0.2.0 hernoemd naar "organisaties/testorganisatie"; schrijf "testorganisatie"',
        'editie/editie.yaml koppelingen.0.signaal: Er is geen signaal "oud-signaal" in deze editie. Volgens CHANGELOG.md: "signalen/oud-signaal" is in versie 0.2.0 hernoemd naar "signalen/testsignaal"; schrijf "testsignaal"',
        'editie/editie.yaml koppelingen.1.interventie: Er is geen interventie "weg-interventie" in deze editie. Volgens CHANGELOG.md: "interventies/weg-interventie" is in versie 0.3.0 verwijderd (opgegaan in interventies/hulp); haal de verwijzing weg',
        'editie/lokaal/oud-signaal.md bestandsnaam: Er is geen signaal "oud-signaal"; noem het bestand naar de id van een signaal. Volgens CHANGELOG.md: "signalen/oud-signaal" is in versie 0.2.0 hernoemd naar "signalen/testsignaal"; schrijf "testsignaal"',
      ]),
    );
    // In the edition's own content too.
    expect(regels).toContainEqual(
      expect.stringMatching(
        /^editie\/content\/interventies\/lokale-interventie\.md uitvoerders\.0\.organisatie: Verwijst naar "oude-organisatie" in organisaties.*Volgens CHANGELOG\.md: "organisaties\/oude-organisatie" is in versie 0\.2\.0 hernoemd naar "organisaties\/testorganisatie"; schrijf "testorganisatie"$/,
      ),
    );
    // An id the changelog does not know keeps the plain message.
    expect(regels).toContain(
      'editie/editie.yaml contacten.nooit-bestaan: Er is geen organisatie "nooit-bestaan" (zie de id\'s in organisaties/)',
    );
  });
});
