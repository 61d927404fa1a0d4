import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/prepare.ts';
import { perCollectie } from '../../src/lib/integrity.ts';
import { buildGraph, faseOverzicht, metAfkorting, overzicht, telefoonnummers, type GraphInput } from '../../src/lib/graph.ts';
import { COLLECTIONS, ROLLEN } from '../../src/lib/model.ts';
import { VALID } from './helpers.ts';

function emptyInput() {
  return perCollectie([]);
}

function graphOf(dir: string) {
  const { entries, problemen } = checkContent(dir, dir);
  expect(problemen).toEqual([]);
  return buildGraph(perCollectie(entries));
}

describe('the barrier-model graph', () => {
  const g = graphOf(VALID);

  it('gives every signal all five phases in model order', () => {
    const s = g.get('signalen', 'testsignaal');
    expect(s.fasen.map((f) => f.fase)).toEqual(['voorkomen', 'signaleren', 'bemoeilijken', 'sanctioneren', 'perspectief-bieden']);
    expect(s.fasen.map((f) => f.stappen.map((st) => st.interventie.id))).toEqual([
      [],
      ['testinterventie'],
      [],
      ['testinterventie'],
      ['hulp'],
    ]);
  });

  it('gives each organisation a short name for overviews: its abbreviation, else its name without brackets', () => {
    expect(g.get('organisaties', 'testorganisatie').kort).toBe('TO');
    expect(g.get('organisaties', 'tweede-organisatie').kort).toBe('Tweede organisatie');
    const [zonder] = buildGraph({
      ...emptyInput(),
      organisaties: [
        {
          id: 'x',
          data: { ...g.get('organisaties', 'tweede-organisatie').data, naam: 'Gemeente (bestuur en regie)', bronnen: [] },
        },
      ],
    }).organisaties;
    expect(zonder.kort).toBe('Gemeente');
  });

  it('uses the organisations named on a link, or else all who carry out the intervention', () => {
    const s = g.get('signalen', 'testsignaal');
    const [signaleren] = s.fasen[1].stappen;
    const [sanctioneren] = s.fasen[3].stappen;
    expect(signaleren.organisaties.map((o) => o.id)).toEqual(['testorganisatie']);
    expect(signaleren.toelichting).toBe('De testorganisatie signaleert.');
    expect(sanctioneren.organisaties.map((o) => o.id)).toEqual(['testorganisatie', 'tweede-organisatie']);
    expect(s.organisaties.map((o) => o.id)).toEqual(['testorganisatie', 'tweede-organisatie']);
  });

  it('links an organisation back to its interventions and to every signal where it is at work', () => {
    const o = g.get('organisaties', 'tweede-organisatie');
    expect(o.interventies.map((i) => [i.interventie.id, i.rol])).toEqual([
      ['hulp', 'biedt hulp'],
      ['testinterventie', 'helpt mee'],
    ]);
    // Acute signal first, then by title; within a signal, phases in model order.
    expect(o.signalen.map((s) => `${s.signaal.id}:${s.fase}:${s.interventie.id}`)).toEqual([
      'tweede-signaal:perspectief-bieden:hulp',
      'testsignaal:sanctioneren:testinterventie',
      'testsignaal:perspectief-bieden:hulp',
    ]);
    const t = g.get('organisaties', 'testorganisatie');
    expect(t.signalen.map((s) => s.fase)).toEqual(['signaleren', 'sanctioneren']);
  });

  it('links an intervention to its signals, organisations, frameworks and cases', () => {
    const i = g.get('interventies', 'testinterventie');
    expect(i.signalen.map((s) => [s.signaal.id, s.fase])).toEqual([
      ['testsignaal', 'signaleren'],
      ['testsignaal', 'sanctioneren'],
    ]);
    expect(i.uitvoerders.map((u) => u.organisatie.id)).toEqual(['testorganisatie', 'tweede-organisatie']);
    expect(i.kaders.map((k) => k.id)).toEqual(['testwet']);
    expect(i.casussen.map((c) => c.id)).toEqual(['testcasus']);
  });

  it("groups an organisation's work and a case's interventions per phase, in model order", () => {
    const o = g.get('organisaties', 'tweede-organisatie');
    expect(o.fasen.map((f) => [f.fase, f.signalen.map((s) => s.signaal.id)])).toEqual([
      ['sanctioneren', ['testsignaal']],
      ['perspectief-bieden', ['tweede-signaal', 'testsignaal']],
    ]);
    const c = g.get('casussen', 'testcasus');
    expect(c.fasen.map((f) => [f.fase, f.interventies.map((i) => i.id)])).toEqual([
      ['signaleren', ['testinterventie']],
      ['sanctioneren', ['testinterventie']],
    ]);
  });

  it('links themes and cases to their signals', () => {
    const t = g.get('themas', 'testthema');
    expect(t.signalen.map((s) => s.id)).toEqual(['tweede-signaal', 'testsignaal']);
    expect(t.interventies.map((i) => i.id)).toEqual(['testinterventie']);
    expect(t.casussen.map((c) => c.id)).toEqual(['testcasus']);
    expect(g.get('signalen', 'testsignaal').casussen.map((c) => c.id)).toEqual(['testcasus']);
  });

  it('links a source to every entry citing it, with the location', () => {
    const b = g.get('bronnen', 'testbron');
    expect(b.citaten).toHaveLength(13);
    expect(b.citaten[0]).toMatchObject({ locatie: 'p. 7' });
    expect(b.citaten.map((c) => `${c.node.collection}/${c.node.id}`)).toContain('begrippen/tst');
    expect(g.get('signalen', 'testsignaal').bronnen.map((v) => [v.bron, v.locatie])).toEqual([
      [b, 'p. 6'],
      [b, 'regels 12–14'],
      [b, 'regels 15–16 en 40'],
      [b, 'regel 3'],
    ]);
  });

  it('prints a source once, with the sections its line ranges fall in and the lines as a secondary anchor', () => {
    const [groep, ...rest] = g.get('signalen', 'testsignaal').bronGroepen;
    expect(rest).toEqual([]);
    expect(groep.bron.id).toBe('testbron');
    expect(groep.vermeldingen).toHaveLength(4);
    expect(groep.plaatsen).toEqual([
      { locaties: ['p. 6'], alleenRegels: false },
      { sectie: { pad: ['1. Inleiding'], pagina: 4 }, locaties: ['regels 12–14'], alleenRegels: true },
      {
        sectie: { pad: ['1. Inleiding', 'Aanleiding'], pagina: 4 },
        locaties: ['regels 12–14', 'regels 15–16 en 40'],
        alleenRegels: true,
      },
      { sectie: { pad: ['2. Werkwijze'], pagina: 9 }, locaties: ['regels 15–16 en 40'], alleenRegels: true },
      { sectie: { pad: ['Woord vooraf'] }, pagina: '2', locaties: ['regel 3'], alleenRegels: true },
    ]);
  });

  it('orders signals by urgency, then title', () => {
    expect(g.signalen.map((s) => s.id)).toEqual(['tweede-signaal', 'testsignaal']);
  });

  it('builds the overview: one row per signal, one cell per phase', () => {
    const rows = overzicht(g);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.cellen.length === 5)).toBe(true);
    expect(rows[1].cellen[1].stappen[0].interventie.id).toBe('testinterventie');
  });

  it('gives per phase every intervention with who carries it out and the signals linking it in that phase', () => {
    const perFase = faseOverzicht(g);
    expect(perFase.map((f) => f.fase)).toEqual(['voorkomen', 'signaleren', 'bemoeilijken', 'sanctioneren', 'perspectief-bieden']);
    const vorm = (fase: number) =>
      perFase[fase].interventies.map((x) => [x.interventie.id, x.organisaties.map((o) => o.id), x.signalen.map((s) => s.id)]);
    const testinterventie = g.get('interventies', 'testinterventie');
    // Every intervention appears in each of its own phases, and only there.
    for (const f of perFase) for (const x of f.interventies) expect(x.interventie.data.fasen).toContain(f.fase);
    expect(perFase.filter((f) => f.interventies.some((x) => x.interventie === testinterventie)).map((f) => f.fase)).toEqual(
      testinterventie.data.fasen,
    );
    expect(vorm(1).find((x) => x[0] === 'testinterventie')).toEqual([
      'testinterventie',
      testinterventie.uitvoerders.map((u) => u.organisatie.id),
      ['testsignaal'],
    ]);
    expect(vorm(3).find((x) => x[0] === 'testinterventie')![2]).toEqual(['testsignaal']);
  });

  it('accepts references as plain ids as well as { collection, id } objects', () => {
    const { entries } = checkContent(VALID, VALID);
    const plain = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(plain)
        : v && typeof v === 'object' && !(v instanceof Date)
          ? 'collection' in v && 'id' in v && Object.keys(v).length === 2
            ? (v as { id: string }).id
            : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
          : v;
    const input = Object.fromEntries(
      COLLECTIONS.map((c) => [c, entries.filter((e) => e.collection === c).map((e) => ({ id: e.id, data: plain(e.data) }))]),
    );
    const g2 = buildGraph(input as unknown as GraphInput);
    expect(typeof (g2.get('signalen', 'testsignaal').data.themas[0] as unknown)).toBe('string');
    expect(g2.get('signalen', 'testsignaal').themas[0].titel).toBe('Testthema');
    expect(g2.get('organisaties', 'tweede-organisatie').signalen).toHaveLength(3);
  });

  it("adds an edition's extra links (editie.yaml koppelingen) to the signal's phase, as data", () => {
    const { entries } = checkContent(VALID, VALID);
    const input = Object.fromEntries(COLLECTIONS.map((c) => [c, entries.filter((e) => e.collection === c)]));
    const g2 = buildGraph({
      ...(input as unknown as GraphInput),
      koppelingen: [
        {
          signaal: 'tweede-signaal',
          interventie: 'hulp',
          fase: 'voorkomen',
          organisaties: ['tweede-organisatie'],
          toelichting: 'Lokaal',
        },
      ],
    });
    const [stap] = g2.get('signalen', 'tweede-signaal').fasen[0].stappen;
    expect(stap).toMatchObject({ interventie: { id: 'hulp' }, toelichting: 'Lokaal' });
    expect(stap.organisaties.map((o) => o.id)).toEqual(['tweede-organisatie']);
    expect(g2.get('interventies', 'hulp').signalen.map((x) => `${x.signaal.id} ${x.fase}`)).toContain('tweede-signaal voorkomen');
    expect(g.get('signalen', 'tweede-signaal').fasen[0].stappen).toEqual([]);
  });

  it("attaches an edition's local contact to its organisation", () => {
    const { entries } = checkContent(VALID, VALID);
    const telefoon = [{ nummer: '0900-0000000', uri: 'tel:+319000000000' }];
    const g2 = buildGraph({ ...perCollectie(entries), contacten: { testorganisatie: { telefoon } } });
    expect(g2.get('organisaties', 'testorganisatie').lokaal).toEqual({ telefoon });
    expect(g2.get('organisaties', 'tweede-organisatie').lokaal).toBeUndefined();
    expect(g.get('organisaties', 'testorganisatie').lokaal).toBeUndefined();
  });

  it("lists an organisation's numbers with the local ones first", () => {
    const { entries } = checkContent(VALID, VALID);
    const lokaal = { nummer: '0900-0000001', uri: 'tel:+319000000001' };
    const g2 = buildGraph({ ...perCollectie(entries), contacten: { testorganisatie: { telefoon: [lokaal] } } });
    const nationaal = g2.get('organisaties', 'testorganisatie').data.contact!.telefoon!;
    expect(telefoonnummers(g2.get('organisaties', 'testorganisatie'))).toEqual([lokaal, ...nationaal]);
    expect(telefoonnummers(g.get('organisaties', 'testorganisatie'))).toEqual(nationaal);
  });

  it('shows a title with its abbreviation by one rule: "titel (afkorting)", unless there is none or it is the same', () => {
    expect(metAfkorting('Wet op de jeugdzorg', 'Jw')).toBe('Wet op de jeugdzorg (Jw)');
    expect(metAfkorting('BRP', 'BRP')).toBe('BRP');
    expect(metAfkorting('Algemene verordening gegevensbescherming (AVG) en de Uitvoeringswet AVG', 'AVG')).toBe(
      'Algemene verordening gegevensbescherming (AVG) en de Uitvoeringswet AVG',
    );
    expect(metAfkorting('Raad voor de Kinderbescherming', 'RvdK')).toBe('Raad voor de Kinderbescherming (RvdK)');
    expect(metAfkorting('Wet Bibob', 'Bib')).toBe('Wet Bibob (Bib)');
    expect(metAfkorting('Testwet')).toBe('Testwet');
    expect(g.get('organisaties', 'testorganisatie').volledigeTitel).toBe('Testorganisatie (TO)');
    expect(g.get('begrippen', 'tst').volledigeTitel).toBe('Testterm (TST)');
    expect(g.get('kaders', 'testwet').volledigeTitel).toBe('Testwet');
    expect(g.get('signalen', 'testsignaal').volledigeTitel).toBe(g.get('signalen', 'testsignaal').titel);
  });

  it('gives every node its one-line description, whichever field its collection uses for it', () => {
    const s = g.get('signalen', 'testsignaal');
    expect(s.samenvatting).toBe(s.data.samenvatting);
    const t = g.themas[0];
    expect(t.samenvatting).toBe(t.data.omschrijving);
    const b = g.get('begrippen', 'tst');
    expect(b.samenvatting).toBe(b.data.uitleg);
    expect(g.observaties[0].samenvatting).toBeUndefined();
  });

  it('lists per role, in model order, the signals it sees (in graph order) and the organisations where it works', () => {
    expect(g.rollen.map((r) => r.rol)).toEqual([...ROLLEN]);
    const leerplicht = g.rollen.find((r) => r.rol === 'leerplicht')!;
    expect(leerplicht.signalen.map((s) => s.id)).toEqual(['testsignaal']);
    expect(leerplicht.organisaties.map((o) => o.id)).toEqual(['testorganisatie']);
    expect(g.rollen.find((r) => r.rol === 'politie')!.signalen.map((s) => s.id)).toEqual(['tweede-signaal']);
    expect(g.rollen.find((r) => r.rol === 'zorg')!.signalen).toEqual([]);
    for (const r of g.rollen) expect(r.signalen).toEqual(g.signalen.filter((s) => r.signalen.includes(s)));
  });

  it('throws, naming collection and id, for an unknown entry', () => {
    expect(() => g.get('signalen', 'bestaat-niet')).toThrow('signalen/bestaat-niet bestaat niet');
  });
});
