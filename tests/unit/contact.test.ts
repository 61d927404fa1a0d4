import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEditie } from '../../src/lib/editie.ts';
import { contactSchema, plainSchemas } from '../../src/lib/schema.ts';
import { formatReport } from '../../src/lib/problems.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const volledig = {
  afdeling: 'Leerplicht',
  telefoon: '0900-0000001',
  email: 'leerplicht@duinwijk.example',
  website: 'https://www.duinwijk.example/',
  adres: 'Raadhuisplein 1',
  bereikbaarheid: 'werkdagen 9–17 uur',
  toelichting: 'Vraag naar de dienstdoende ambtenaar.',
};

describe('one contact model for national and local contacts', () => {
  it('reads the same fields for an organisation and for an edition', () => {
    const c = contactSchema.parse(volledig);
    expect(c.telefoon).toEqual([{ nummer: '0900-0000001', uri: 'tel:+319000000001' }]);
    expect(plainSchemas.organisaties.shape.contact.unwrap()).toBe(contactSchema);

    const root = mkdtempSync(join(tmpdir(), 'bm-contact-'));
    cpSync(join(FIXTURES, 'editie'), join(root, 'editie'), { recursive: true });
    const yaml = readFileSync(join(root, 'editie/editie.yaml'), 'utf8').replace(/^contacten:.*(\n {2}.*)*\n?/m, '');
    const lokaal = Object.entries(volledig)
      .map(([k, v]) => `    ${k}: "${v}"`)
      .join('\n');
    writeFileSync(join(root, 'editie/editie.yaml'), `${yaml}\ncontacten:\n  testorganisatie:\n${lokaal}\n`);
    const { editie, problemen } = loadEditie('editie', root);
    expect(problemen).toEqual([]);
    expect(editie!.config.contacten.testorganisatie).toEqual(c);
  });

  it('names the field of an unknown contact key, such as the old "openingstijden"', () => {
    const r = contactSchema.safeParse({ ...volledig, openingstijden: 'altijd' });
    expect(r.success).toBe(false);
    const root = mkdtempSync(join(tmpdir(), 'bm-contact-'));
    cpSync(join(FIXTURES, 'editie'), join(root, 'editie'), { recursive: true });
    const yaml = readFileSync(join(root, 'editie/editie.yaml'), 'utf8').replace(/^contacten:.*(\n {2}.*)*\n?/m, '');
    writeFileSync(join(root, 'editie/editie.yaml'), `${yaml}\ncontacten:\n  testorganisatie:\n    openingstijden: altijd\n`);
    const { problemen } = loadEditie('editie', root);
    expect(formatReport(problemen)).toContain('openingstijden');
    expect(problemen.map((p) => p.veld)).toContain('contacten.testorganisatie');
  });
});
