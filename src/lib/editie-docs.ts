/**
 * The reference of editie.yaml (docs/editie-yaml.md) and the starter
 * editie.yaml of `npm run nieuwe-editie`, both written from the schema in
 * editie.ts: its keys, kinds, defaults, allowed values, and the Dutch line
 * and example each key carries in `.meta()`.
 */
import { stringify } from 'yaml';
import { editieSchema } from './editie.ts';
import { keuzes, onderdelen, shape, soortVan, uitpakken, velden, type Uitgepakt } from './schema-uitleg.ts';

export const REFERENTIE_BESTAND = 'docs/editie-yaml.md';

const VOORBEELD_NAAM = 'Duinwijk';

const inline = (v: unknown) => stringify(v, { collectionStyle: 'flow', lineWidth: 0 }).trim();
const cel = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (s: string) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);

/** docs/editie-yaml.md: every key of editie.yaml, from the schema. */
export function referentie(): string {
  const rijen = velden(editieSchema).map(({ pad, schema: u }) => {
    const vb = u.meta.examples?.[0];
    const standaard = u.standaard === undefined ? '' : code(inline(u.standaard));
    const waarden =
      keuzes(u)
        ?.map((k) => code(k))
        .join(', ') ?? '';
    return `| ${code(pad)} | ${soortVan(u)} | ${u.verplicht ? 'ja' : 'nee'} | ${standaard} | ${waarden} | ${vb === undefined ? '' : cel(code(inline(vb)))} | ${cel(u.meta.description ?? '')} |`;
  });
  return `# editie.yaml: alle onderdelen

<!-- Gemaakt met \`npm run docs:editie\` uit het schema in src/lib/editie.ts. Verander het schema, niet dit bestand; een test faalt als ze uit elkaar lopen. -->

Elke editie heeft in haar map een \`editie.yaml\`. Hieronder staat elk
onderdeel: wat voor waarde het is, of het verplicht is, wat het is als je
het weglaat, welke waarden mogen, een voorbeeld en wat het doet.
\`npm run check -- --editie <map>\` controleert het bestand en noemt bij een
fout het onderdeel en deze uitleg. \`npm run nieuwe-editie -- <map> <Naam>\`
maakt een editie met dit alles al klaar.

- \`a.b\` is onderdeel \`b\` binnen \`a\`; \`a[]\` is elk item van de lijst
  \`a\`; \`contacten.<id>\` is een groep per organisatie-id.
- Een **telefoonnummer** is één nummer (\`0900-0000001\`) of een lijst met
  \`label\` en \`nummer\` per regel.
- Een **keuze** schrijf je precies zoals hieronder, zonder aanhalingstekens.

| onderdeel | soort | verplicht | standaard | toegestane waarden | voorbeeld | uitleg |
|---|---|---|---|---|---|---|
${rijen.join('\n')}

## Volledig voorbeeld

Dit is het \`editie.yaml\` dat \`npm run nieuwe-editie -- editions/duinwijk ${VOORBEELD_NAAM}\`
schrijft. Regels met \`#\` ervoor doen niets; haal het \`#\` weg om een
onderdeel te gebruiken.

\`\`\`yaml
${starterYaml(VOORBEELD_NAAM, { datum: '2026-11-25' })}\`\`\`
`;
}

/** Keys the starter edition fills in although they are optional: it writes the files they name. */
const ACTIEF = new Set(['logo', 'logoTekst', 'thema']);

/** "Veendijk" → "veendijk"; "Den Haag" → "den-haag". */
export function slug(naam: string): string {
  return naam
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The starter editie.yaml for a municipality: every key, each with its Dutch
 * line; required keys filled in with the example (the example town's name
 * replaced by `naam`), optional ones commented out with an example.
 */
export function starterYaml(naam: string, opties: { datum?: string } = {}): string {
  const eigen = (v: unknown): unknown =>
    JSON.parse(
      JSON.stringify(v)
        .replaceAll(VOORBEELD_NAAM, naam)
        .replaceAll(VOORBEELD_NAAM.toLowerCase(), slug(naam) || 'gemeente'),
    );
  const regels: string[] = [
    `# Editie van het Barrièremodel voor ${naam}.`,
    '# Elk onderdeel staat hieronder met één regel uitleg. Regels met # ervoor doen niets;',
    '# haal het # weg om een onderdeel te gebruiken. Alle onderdelen: docs/editie-yaml.md.',
    '# Controleer na elke wijziging: npm run check -- --editie <deze map>',
    '# Vervang de voorbeeldadressen (….example) door echte voor je publiceert.',
  ];
  const schrijf = (u: Uitgepakt, inspring: string) => {
    for (const [sleutel, s] of Object.entries(shape(u))) {
      const kind = uitpakken(s);
      const pad = `${inspring}${sleutel}`;
      if (!regels.at(-1)!.endsWith(':')) regels.push('');
      regels.push(`${inspring}# ${kind.meta.description ?? sleutel}`);
      const o = onderdelen(kind);
      if (o?.soort === 'object' && kind.verplicht) {
        regels.push(`${pad}:`);
        schrijf(kind, `${inspring}  `);
        continue;
      }
      let vb = kind.meta.examples?.[0];
      if (sleutel === 'datum' && opties.datum) vb = opties.datum;
      const waarde = vb === undefined ? kind.standaard : eigen(vb);
      const tekst = stringify({ [sleutel]: waarde }, { lineWidth: 0 })
        .trimEnd()
        .split('\n');
      const aan = kind.verplicht || ACTIEF.has(sleutel);
      regels.push(...tekst.map((r) => `${inspring}${aan ? '' : '# '}${r}`));
    }
  };
  schrijf(uitpakken(editieSchema), '');
  return `${regels.join('\n')}\n`;
}
