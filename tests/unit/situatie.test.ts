import { describe, expect, it } from 'vitest';
import {
  bouwSituatieIndex,
  eenFoutVerschil,
  kandidaten,
  normaliseer,
  rangschikSignalen,
  stam,
  zoekwoorden,
  type SignaalInvoer,
} from '../../src/lib/situatie.ts';
import { rangschikKandidaten, samenAanZet, type GidsData, type GidsSignaal } from '../../src/lib/gids.ts';

const weergave = { samenvatting: '', type: 'Signaal', filters: {} };
const signaal = (
  id: string,
  titel: string,
  termen: string,
  observaties: { id: string; tekst: string }[] = [],
): SignaalInvoer => ({
  id,
  url: `signalen/${id}/`,
  titel,
  weergave,
  observaties,
  velden: [
    { tekst: titel, gewicht: 4 },
    { tekst: termen, gewicht: 4 },
    { tekst: observaties.map((o) => o.tekst).join(' '), gewicht: 3 },
  ],
});

const index = bouwSituatieIndex([
  signaal('verzuim', 'Ongeoorloofd schoolverzuim', 'spijbelen afwezig school', [
    { id: 'weg', tekst: 'kind is al weken niet op school wegblijven' },
  ]),
  signaal('uithuwelijking', 'Dreigende uithuwelijking van een meisje', 'kindhuwelijk trouwen bruidsschat', [
    { id: 'trouwt', tekst: 'meisje vertelt dat ze gaat trouwen verloofd' },
  ]),
  signaal('uitschrijving', 'Kind uitgeschreven naar het buitenland', 'emigratie vertrek buitenland brp', [
    { id: 'nog-hier', tekst: 'uitgeschreven kind wordt nog in de wijk gezien' },
    { id: 'weg', tekst: 'kind is al weken niet op school wegblijven' },
  ]),
]);
const ids = (q: string) => rangschikSignalen(index, q).map((t) => t.id);

describe('situation search: words', () => {
  it('normalises case and diacritics', () => {
    expect(normaliseer('Meisje naar Roemenië, 15 jr!')).toEqual(['meisje', 'naar', 'roemenie', '15', 'jr']);
  });

  it('drops function words and reads small numbers as words', () => {
    expect(zoekwoorden('kind van 4 is al weken niet op school')).toEqual(['kind', 'vier', 'school']);
    expect(zoekwoorden('2014 de het')).toEqual([]);
  });

  it('stems Dutch inflections to one form', () => {
    expect(stam('trouwen')).toBe(stam('trouwt'));
    expect(stam('spijbelen')).toBe(stam('spijbelt'));
  });

  it('forgives one typing error and no more', () => {
    expect(eenFoutVerschil('uitschrijvng', 'uitschrijving')).toBe(true);
    expect(eenFoutVerschil('dreigd', 'dreigt')).toBe(true);
    expect(eenFoutVerschil('trouwne', 'trouwen')).toBe(true);
    expect(eenFoutVerschil('trouw', 'trouwen')).toBe(false);
  });

  it('matches a compound by its known head and tail, but not a particle verb', () => {
    const lijst = ['verzuim', 'dossier', 'gehouden', 'politie'];
    const bekend = new Set(lijst);
    expect([...kandidaten('verzuimdossier', lijst, bekend).keys()].sort()).toEqual(['dossier', 'verzuim']);
    expect(kandidaten('aangehouden', lijst, bekend).has('gehouden')).toBe(false);
  });
});

describe('situation search: ranking', () => {
  it('ranks the right signal first for a whole sentence, where not every word is known', () => {
    expect(ids('leerling van 15 gaat na de zomer trouwen')[0]).toBe('uithuwelijking');
    expect(ids('jongen spijbelt al weken')[0]).toBe('verzuim');
    expect(ids('meisje uitgeschreven maar ze woont nog hier in de wijk')[0]).toBe('uitschrijving');
  });

  it('scores an observation on its own: a sentence that describes it lifts every signal that has it', () => {
    const r = rangschikSignalen(index, 'al weken niet op school, blijft weg');
    expect(
      r
        .map((t) => t.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['uitschrijving', 'verzuim']);
  });

  it('leaves out signals that match no word, and returns nothing for nonsense', () => {
    expect(ids('bruidsschat')).toEqual(['uithuwelijking']);
    expect(ids('xqzw vlpkt')).toEqual([]);
  });
});

describe('the guided page', () => {
  const s = (id: string, rang: number, perRol: GidsSignaal['perRol'] = {}): GidsSignaal => ({
    id,
    titel: id,
    url: `/${id}/`,
    urgentie: 'normaal',
    urgentieRang: rang,
    perRol,
    signaleren: [
      {
        organisatie: { id: 'vt', titel: 'Veilig Thuis', url: '/vt/' },
        interventies: [{ titel: `melding bij ${id}`, url: '/m/' }],
      },
    ],
  });
  const data: GidsData = {
    groepen: [
      {
        groep: 'school',
        observaties: [
          { id: 'a', tekst: 'A', signalen: ['x', 'y'] },
          { id: 'b', tekst: 'B', signalen: ['y'] },
          { id: 'c', tekst: 'C', signalen: ['z'] },
        ],
      },
    ],
    signalen: {
      x: s('x', 2),
      y: s('y', 2, {
        leerplicht: { stappen: [{ nummer: 1, tekst: 'bel' }], bellen: [{ id: 'lp', titel: 'Leerplicht', url: '/lp/' }] },
      }),
      z: s('z', 0),
    },
  };

  it('ranks candidates by the number of ticked observations, then by urgency', () => {
    expect(rangschikKandidaten(data, new Set(['a', 'b'])).map((k) => [k.signaal.id, k.aantal])).toEqual([
      ['y', 2],
      ['x', 1],
    ]);
    expect(rangschikKandidaten(data, new Set(['a', 'c'])).map((k) => k.signaal.id)).toEqual(['z', 'x', 'y']);
    expect(rangschikKandidaten(data, new Set())).toEqual([]);
  });

  it("combines who is at work across the signals, the chosen role's calls first", () => {
    const rijen = samenAanZet([data.signalen.x, data.signalen.y], 'leerplicht');
    expect(rijen.map((r) => [r.organisatie.id, r.eerst])).toEqual([
      ['lp', true],
      ['vt', false],
    ]);
    expect(rijen[1].signalen).toEqual(['x', 'y']);
  });
});
