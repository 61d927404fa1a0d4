/**
 * A synthetic but realistic corpus for the benchmark: N signals with the
 * other collections in proportion, Dutch-like text of 300–600 words per
 * entry and 3–6 references each. Deterministic for a given N and seed, and
 * written as a local edition folder (editie.yaml + content/) so that the
 * benchmark builds it the way a municipality would. Never committed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FASEN, OBSERVATIE_GROEPEN, ROLLEN, URGENTIES } from '../../src/lib/model.ts';

const WOORDEN = (
  'kind ouders school leerplicht gemeente signaal zorg veiligheid gezin familie melding overleg afspraak ' +
  'jeugd hulp toezicht verzuim uitschrijving registratie buitenland huwelijk politie rechter raad onderzoek ' +
  'maatregel bescherming wijkteam huisbezoek gesprek dossier protocol keten partner regie vertrouwen ' +
  'sleutelfiguur intermediair begeleiding onderwijs taal voorschool werk uitkering woning adres post ' +
  'overbewoning netwerk uitbuiting criminaliteit winkeldiefstal slachtoffer risico urgentie fase interventie ' +
  'signaleren voorkomen bemoeilijken sanctioneren perspectief bieden professional leerkracht mentor ' +
  'jongere meisje jongen broer zus oom tante grootouder week maand jaar vandaag morgen snel samen ' +
  'controleren vastleggen bespreken bellen melden vragen nagaan afstemmen delen bewaken opvolgen ' +
  'zorgvuldig duidelijk belangrijk mogelijk nodig lokaal landelijk regionaal wettelijk vaak soms altijd'
).split(' ');

/** A small seeded PRNG (mulberry32), so the corpus is the same every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Corpus {
  dir: string;
  aantallen: Record<string, number>;
}

export function generateCorpus(dir: string, n: number, seed = 1): Corpus {
  const rnd = prng(seed + n);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const kies = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const kiesN = <T>(xs: readonly T[], k: number) => {
    const set = new Set<T>();
    while (set.size < Math.min(k, xs.length)) set.add(kies(xs));
    return [...set];
  };
  const zin = () => {
    const w = Array.from({ length: int(6, 14) }, () => kies(WOORDEN));
    return `${w[0][0].toUpperCase()}${w[0].slice(1)} ${w.slice(1).join(' ')}.`;
  };
  /** A paragraph of roughly `woorden` words. */
  const alinea = (woorden: number) => {
    const zinnen: string[] = [];
    let count = 0;
    while (count < woorden) {
      const z = zin();
      zinnen.push(z);
      count += z.split(' ').length;
    }
    return zinnen.join(' ');
  };
  /** Body text of 300–600 words under the given headings. */
  const tekst = (koppen: string[], extra: Record<number, string> = {}) => {
    const totaal = int(300, 600);
    const per = Math.ceil(totaal / koppen.length);
    return koppen.map((k, i) => `## ${k}\n\n${alinea(per)}\n${extra[i] ?? ''}`).join('\n');
  };
  const bronnenVan = () =>
    `bronnen:\n${kiesN(bronIds, int(1, 2))
      .map((b) => `  - bron: ${b}\n    locatie: pagina ${int(1, 80)}`)
      .join('\n')}\n`;

  rmSync(dir, { recursive: true, force: true });
  const c = (sub: string) => {
    mkdirSync(join(dir, 'content', sub), { recursive: true });
    return (id: string, ext: string, body: string) => writeFileSync(join(dir, 'content', sub, `${id}.${ext}`), body);
  };
  const aantal = {
    signalen: n,
    interventies: Math.max(5, Math.round(n / 2)),
    organisaties: Math.max(3, Math.round(n / 20)),
    themas: Math.max(2, Math.min(40, Math.round(n / 25))),
    kaders: Math.max(2, Math.min(60, Math.round(n / 20))),
    bronnen: Math.max(2, Math.round(n / 10)),
    casussen: Math.max(1, Math.round(n / 10)),
    begrippen: Math.max(2, Math.round(n / 5)),
    // At most 2n, so that the two fixed links per signal (i and i + n) use every observation.
    observaties: Math.min(2 * n, Math.max(2, Math.round(n * 1.5))),
  };
  const ids = (p: string, k: number) => Array.from({ length: k }, (_, i) => `syn-${p}-${i + 1}`);
  const bronIds = ids('bron', aantal.bronnen);
  const themaIds = ids('thema', aantal.themas);
  const kaderIds = ids('kader', aantal.kaders);
  const orgIds = ids('org', aantal.organisaties);
  const intIds = ids('interventie', aantal.interventies);
  const sigIds = ids('signaal', aantal.signalen);
  const begripIds = ids('begrip', aantal.begrippen);
  const obsIds = ids('observatie', aantal.observaties);
  const obs = c('observaties');
  obsIds.forEach((id) =>
    obs(id, 'yaml', `tekst: ${zin()}\ngroep: ${kies(OBSERVATIE_GROEPEN)}\nzoektermen: [${kiesN(WOORDEN, 3).join(', ')}]\n`),
  );
  const datum = 'laatstBeoordeeld: 2026-11-25\n';

  const bron = c('bronnen');
  bronIds.forEach((id, i) =>
    bron(
      id,
      'yaml',
      `titel: Synthetische bron ${i + 1}\nuitgever: Benchmark\njaar: 2026\nsoort: rapport\nomschrijving: ${zin()}\n${datum}`,
    ),
  );
  const thema = c('themas');
  themaIds.forEach((id, i) =>
    thema(id, 'yaml', `titel: Thema ${i + 1} ${kies(WOORDEN)}\nomschrijving: ${zin()}\n${bronnenVan()}${datum}`),
  );
  const kader = c('kaders');
  kaderIds.forEach((id, i) =>
    kader(
      id,
      'md',
      `---\ntitel: Regeling ${i + 1}\nsoort: regeling\nsamenvatting: ${zin()}\n${bronnenVan()}${datum}---\n\n${alinea(int(300, 600))}\n`,
    ),
  );
  // Every organisation carries out at least one intervention; every intervention is linked from a signal.
  const fasenVan = new Map<string, string[]>();
  const uitvoerdersVan = new Map<string, string[]>();
  const inter = c('interventies');
  intIds.forEach((id, i) => {
    const fasen = kiesN(FASEN, int(1, 3));
    const orgs = [orgIds[i % orgIds.length], ...kiesN(orgIds, int(0, 2))].filter((o, j, a) => a.indexOf(o) === j);
    fasenVan.set(id, fasen);
    uitvoerdersVan.set(id, orgs);
    inter(
      id,
      'md',
      `---\ntitel: Interventie ${i + 1} ${kies(WOORDEN)} ${kies(WOORDEN)}\nsamenvatting: ${zin()}\nfasen: [${fasen.join(', ')}]\n` +
        `uitvoerders:\n${orgs.map((o, j) => `  - organisatie: ${o}\n    rol: ${zin()}${j === 0 ? '\n    regie: true' : ''}`).join('\n')}\n` +
        `kaders: [${kiesN(kaderIds, int(1, 2)).join(', ')}]\nthemas: [${kiesN(themaIds, 1).join(', ')}]\n` +
        `zoektermen: [${kiesN(WOORDEN, 3).join(', ')}]\n` +
        `delen:\n  wat: ${zin()}\n  met: [${kiesN(WOORDEN, 2).join(', ')}]\n  grondslagen:\n` +
        `    - soort: ${kies(['meldcode', 'meldrecht', 'wettelijke-taak', 'toestemming'])}\n      plicht: ${kies(['plicht', 'recht'])}\n` +
        `      kader: ${kies(kaderIds)}\n      toelichting: ${zin()}\n` +
        `${bronnenVan()}${datum}---\n\n` +
        tekst([
          'Wat is het?',
          'Wanneer zet je het in?',
          'Wie voert het uit?',
          'Hoe werkt het?',
          'Wettelijke basis',
          'Ervaringen',
          'Let op',
        ]),
    );
  });
  const org = c('organisaties');
  orgIds.forEach((id, i) =>
    org(
      id,
      'md',
      `---\nnaam: Organisatie ${i + 1} ${kies(WOORDEN)}\nsoort: ${kies(['gemeente', 'zorg', 'onderwijs', 'justitie'])}\nrol: ${kies(ROLLEN)}\nsamenvatting: ${zin()}\n` +
        `contact:\n  telefoon: 0900-${String(i).padStart(7, '0')}\n${bronnenVan()}${datum}---\n\n` +
        tekst(['Wat doet deze organisatie?', 'Wat mag zij delen?']),
    ),
  );
  const sig = c('signalen');
  sigIds.forEach((id, i) => {
    // Interventions i/2 .. cover every intervention at least once.
    const links = [intIds[Math.floor(i / 2) % intIds.length], ...kiesN(intIds, int(1, 3))].filter(
      (x, j, a) => a.indexOf(x) === j,
    );
    sig(
      id,
      'mdx',
      `---\ntitel: Signaal ${i + 1} ${kies(WOORDEN)} ${kies(WOORDEN)}\nsamenvatting: ${zin()}\nurgentie: ${kies(URGENTIES)}\n` +
        `themas: [${kiesN(themaIds, int(1, 2)).join(', ')}]\nwaarnemers: [${kiesN(ROLLEN, int(1, 3)).join(', ')}]\nwijstOp:\n  - ${zin()}\n` +
        // Observations i and i + n cover every observation at least once.
        `observaties: [${[obsIds[i % obsIds.length], obsIds[(i + n) % obsIds.length], ...kiesN(obsIds, int(0, 2))].filter((x, j, a) => a.indexOf(x) === j).join(', ')}]\n` +
        `interventies:\n${links.map((l) => `  - interventie: ${l}\n    fase: ${kies(fasenVan.get(l)!)}`).join('\n')}\n` +
        `zoektermen: [${kiesN(WOORDEN, 4).join(', ')}]\n${bronnenVan()}${datum}---\n\n` +
        tekst(['Wat zie je?', 'Waar kan het op wijzen?', 'Wat doe je nu?', 'Let op', 'Achtergrond'], {
          2: '\n1. Eerste stap vandaag.\n2. Tweede stap.\n\n<WieIsAanZet />\n',
        }),
    );
  });
  const cas = c('casussen');
  ids('casus', aantal.casussen).forEach((id, i) =>
    cas(
      id,
      'md',
      `---\ntitel: Casus ${i + 1}\nsamenvatting: ${zin()}\n` +
        `uitkomst: [afloop ${i + 1}]\nduur: ${30 + 15 * (i % 3)}\ndoelgroep: [${ROLLEN[i % ROLLEN.length]}]\nniveau: ${i % 2 ? 'verdieping' : 'basis'}\n` +
        `themas: [${kies(themaIds)}]\nsignalen: [${kiesN(sigIds, int(1, 3)).join(', ')}]\n` +
        `interventies: [${kiesN(intIds, int(1, 2)).join(', ')}]\n${bronnenVan()}${datum}---\n\n` +
        tekst(['Situatie', 'Vragen voor de groep', 'Antwoorden', 'Wat gebeurde er?', 'Notities']),
    ),
  );
  const begrip = c('begrippen');
  begripIds.forEach((id, i) =>
    begrip(
      id,
      'yaml',
      `term: Begrip ${i + 1} ${kies(WOORDEN)}\naliassen: [${kiesN(WOORDEN, 2).join(', ')}]\nuitleg: ${alinea(40)}\n` +
        `zieOok: [${kiesN(begripIds, int(0, 2))
          .filter((b) => b !== id)
          .join(', ')}]\n${bronnenVan()}${datum}`,
    ),
  );
  writeFileSync(
    join(dir, 'editie.yaml'),
    'naam: Benchmark-editie\norganisatie: Benchmark (synthetisch)\ncontact:\n  email: bench@bench.example\n' +
      'toegankelijkheid:\n  status: voldoet niet\n  datum: 2026-11-25\n  email: bench@bench.example\n',
  );
  return { dir, aantallen: aantal };
}
