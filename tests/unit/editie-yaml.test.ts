/**
 * editie.yaml speaks Dutch to a policy officer: Dutch keys, messages in the
 * words of the schema's own descriptions, and a reference (docs/editie-yaml.md)
 * generated from the same schema that fails this test when the two drift apart.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { editieSchema, loadEditie } from '../../src/lib/editie.ts';
import { referentie, REFERENTIE_BESTAND, starterYaml } from '../../src/lib/editie-docs.ts';
import { velden } from '../../src/lib/schema-uitleg.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const GOED = `naam: Barrièremodel Testdorp
organisatie: Gemeente Testdorp
contact:
  email: a@testdorp.example
toegankelijkheid:
  status: voldoet gedeeltelijk
  datum: 2026-11-25
  email: a@testdorp.example
`;

/** The problems of an edition folder holding only this editie.yaml. */
function meldingen(yaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'bm-editie-yaml-'));
  mkdirSync(join(root, 'e'));
  writeFileSync(join(root, 'e/editie.yaml'), yaml);
  return loadEditie('e', root).problemen.map((p) => `${p.veld ?? ''}: ${p.melding}`);
}

describe('messages for a policy officer', () => {
  it('names a missing required part with what it is for', () => {
    const m = meldingen(GOED.replace(/contact:\n  email: .*\n/, ''));
    expect(m).toEqual(['contact: verplicht onderdeel ontbreekt: contact (naam en e-mail van wie de site beheert)']);
    expect(m.join('\n')).not.toMatch(/undefined|verwacht object/);
  });

  it('points an old English key to its Dutch name, and a typo to the key meant', () => {
    expect(meldingen(`${GOED}verbergen:\n  - entry: casussen/x\n    reden: Niet bij ons\n`)).toContain(
      'verbergen.0: onbekend onderdeel "entry"; dit heet nu "item" (toegestaan: item, reden)',
    );
    expect(meldingen(`${GOED}logo: logo.svg\nlogoAlt: Testdorp\n`).join('\n')).toContain(
      'onbekend onderdeel "logoAlt"; dit heet nu "logoTekst"',
    );
    expect(meldingen(`${GOED}koppelngen: []\n`).join('\n')).toContain(
      'onbekend onderdeel "koppelngen"; bedoel je "koppelingen"?',
    );
  });

  it('lists the allowed values of a choice, and explains a wrong kind of value', () => {
    expect(meldingen(GOED.replace('voldoet gedeeltelijk', 'grotendeels'))).toEqual([
      'toegankelijkheid.status: "grotendeels" kan hier niet; kies uit: "voldoet volledig", "voldoet gedeeltelijk", "eerste maatregelen genomen", "voldoet niet"',
    ]);
    expect(meldingen(GOED.replace('email: a@testdorp.example\ntoeg', 'email: geen-adres\ntoeg'))[0]).toMatch(
      /^contact\.email: "geen-adres" is geen geldig e-mailadres \(e-mailadres voor vragen over deze editie; bijvoorbeeld "barrieremodel@duinwijk\.example"\)$/,
    );
    expect(meldingen(`${GOED}streng: ja\n`)[0]).toMatch(/^streng: hier hoort ja\/nee \(true\/false\), geen "ja"/);
    expect(meldingen(GOED.replace('naam: Barrièremodel Testdorp', 'naam: " "'))).toEqual([
      'naam: mag niet leeg zijn (naam van deze editie, bovenaan elke pagina; bijvoorbeeld "Barrièremodel Duinwijk")',
    ]);
  });
});

describe('the reference of editie.yaml', () => {
  it('is the document generated from the schema (run npm run docs:editie after changing the schema)', () => {
    expect(readFileSync(join(ROOT, REFERENTIE_BESTAND), 'utf8')).toBe(referentie());
  });

  it('explains every key in one Dutch line, with an example for every value', () => {
    for (const v of velden(editieSchema)) {
      expect(v.schema.meta.description, v.pad).toMatch(/^[^\n]{10,}$/);
      if (!/^(contact|toegankelijkheid)$/.test(v.pad)) expect(v.schema.meta.examples, v.pad).toHaveLength(1);
      expect(referentie()).toContain(`| \`${v.pad}\` |`);
    }
  });

  it('its full example, the starter editie.yaml, is valid and names every key', () => {
    const tekst = starterYaml('Veendijk', { datum: '2026-12-01' });
    const r = editieSchema.safeParse(parse(tekst));
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    expect(r.data).toMatchObject({
      naam: 'Barrièremodel Veendijk',
      organisatie: 'Gemeente Veendijk',
      contact: { email: 'barrieremodel@veendijk.example' },
    });
    for (const sleutel of Object.keys(editieSchema.shape)) expect(tekst).toMatch(new RegExp(`^(# )?${sleutel}:`, 'm'));
    // Uncommenting every optional key gives a valid file too.
    const sleutels = [...new Set(velden(editieSchema).map((v) => v.sleutel))].join('|');
    const alles = parse(tekst.replace(new RegExp(`^(\\s*)# (?=(?:${sleutels}):|\\s|-)`, 'gm'), '$1'));
    expect(alles).toMatchObject({
      streng: true,
      verbergen: [expect.anything()],
      contacten: { leerplicht: expect.anything() },
      contact: { naam: expect.any(String) },
    });
    expect(editieSchema.safeParse(alles).success).toBe(true);
  });
});
