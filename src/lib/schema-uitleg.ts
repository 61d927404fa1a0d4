/**
 * Reads a Zod schema as a reference for people: per key its kind, whether it
 * is required, its default, allowed values, an example and one Dutch line
 * (from `.meta({ description, examples })`). Used for the reference of
 * editie.yaml, the starter edition and the messages for a policy officer, so
 * the schema is the single source of all three.
 */
import type { z } from 'astro/zod';
import { afstand, meestGelijkend } from './gelijkend.ts';

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  defaultValue?: unknown;
  in?: Schema;
  out?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  entries?: Record<string, string>;
  format?: string;
}
const def = (s: Schema) => (s as unknown as { _zod: { def: Def } })._zod.def;

export interface Meta {
  description?: string;
  examples?: unknown[];
  soort?: string;
}
const metaVan = (s: Schema): Meta => ((s as unknown as { meta?: () => Meta | undefined }).meta?.() ?? {}) as Meta;

/** A schema without its optional/default/pipe wrappers, with what they said. */
export interface Uitgepakt {
  kern: Schema;
  verplicht: boolean;
  standaard?: unknown;
  meta: Meta;
}

export function uitpakken(schema: Schema): Uitgepakt {
  let s = schema;
  let verplicht = true;
  let standaard: unknown;
  const meta: Meta = {};
  for (;;) {
    const m = metaVan(s);
    for (const k of ['description', 'examples', 'soort'] as const)
      if (meta[k] === undefined && m[k] !== undefined) (meta as Record<string, unknown>)[k] = m[k];
    const d = def(s);
    if (d.type === 'optional') {
      verplicht = false;
      s = d.innerType!;
    } else if (d.type === 'default') {
      verplicht = false;
      standaard = d.defaultValue;
      s = d.innerType!;
    } else if (d.type === 'pipe') {
      // z.preprocess(fn, x) is pipe(transform, x); x.transform(fn) is pipe(x, transform).
      s = def(d.in!).type === 'transform' ? d.out! : d.in!;
    } else return { kern: s, verplicht, standaard, meta };
  }
}

/** The schema at a path: numbers are list items, keys of a record are ids. */
export function schemaOp(schema: Schema, pad: readonly PropertyKey[]): Uitgepakt | undefined {
  let u = uitpakken(schema);
  for (const stap of pad) {
    const d = def(u.kern);
    const volgende =
      d.type === 'object'
        ? d.shape![String(stap)]
        : d.type === 'array'
          ? d.element
          : d.type === 'record'
            ? d.valueType
            : undefined;
    if (!volgende) return undefined;
    u = uitpakken(volgende);
  }
  return u;
}

/** The kind of a value in words, e.g. "tekst", "lijst", "keuze", "e-mailadres". */
export function soortVan(u: Uitgepakt): string {
  if (u.meta.soort) return u.meta.soort;
  const d = def(u.kern);
  switch (d.type) {
    case 'string':
      return d.format === 'email' ? 'e-mailadres' : d.format === 'url' ? 'webadres' : 'tekst';
    case 'boolean':
      return 'ja/nee (true/false)';
    case 'enum':
      return 'keuze';
    case 'array':
      return `lijst van ${lidwoordloos(soortVan(uitpakken(d.element!)))}`;
    case 'object':
      return 'groep';
    case 'record':
      return 'per id een groep';
    default:
      return d.type;
  }
}
const lidwoordloos = (s: string) => (s === 'groep' ? 'groepen' : s);

/** The allowed values of a choice, if it is one. */
export function keuzes(u: Uitgepakt): string[] | undefined {
  const d = def(u.kern);
  return d.type === 'enum' ? Object.values(d.entries!) : undefined;
}

/** The keys of a group, or of each group in a list or record. */
export function onderdelen(
  u: Uitgepakt,
): { sleutel: string; schema: Uitgepakt; soort: 'object' | 'array' | 'record' } | undefined {
  const d = def(u.kern);
  if (d.type === 'object') return { sleutel: '', schema: u, soort: 'object' };
  if (d.type === 'array') {
    const el = uitpakken(d.element!);
    return def(el.kern).type === 'object' ? { sleutel: '[]', schema: el, soort: 'array' } : undefined;
  }
  if (d.type === 'record') return { sleutel: '<id>', schema: uitpakken(d.valueType!), soort: 'record' };
  return undefined;
}

export function shape(u: Uitgepakt): Record<string, Schema> {
  return def(u.kern).shape ?? {};
}

export interface Veld {
  /** Dotted path; "[]" is each item of a list, "<id>" each key of a record. */
  pad: string;
  sleutel: string;
  diepte: number;
  schema: Uitgepakt;
}

/** Every key of an object schema, depth first, in the order the schema declares them. */
export function velden(schema: Schema): Veld[] {
  const uit: Veld[] = [];
  const loop = (u: Uitgepakt, voor: string, diepte: number) => {
    for (const [sleutel, s] of Object.entries(shape(u))) {
      const kind = uitpakken(s);
      const pad = voor ? `${voor}.${sleutel}` : sleutel;
      uit.push({ pad, sleutel, diepte, schema: kind });
      // A kind named in words (a phone number, a date) is explained as a whole.
      const o = kind.meta.soort ? undefined : onderdelen(kind);
      if (o) loop(o.schema, o.soort === 'array' ? `${pad}[]` : o.soort === 'record' ? `${pad}.${o.sleutel}` : pad, diepte + 1);
    }
  };
  loop(uitpakken(schema), '', 0);
  return uit;
}

const toon = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/**
 * A schema issue as a message for a policy officer: what is missing or
 * wrong, in the words of the schema's own description, with an example.
 * Issues must come from a parse with `reportInput: true`. `hernoemd` maps
 * old key names to new ones.
 */
export function meldingVoor(
  schema: Schema,
  issue: { code: string; path: readonly PropertyKey[]; message: string; input?: unknown; keys?: string[]; values?: unknown[] },
  hernoemd: Readonly<Record<string, string>> = {},
): string {
  const hier = schemaOp(schema, issue.path);
  const sleutel = String(issue.path.at(-1) ?? '');
  const uitlegBij = (u: Uitgepakt | undefined) => {
    if (!u?.meta.description) return '';
    const vb = u.meta.examples?.[0];
    return ` (${u.meta.description}${vb !== undefined && typeof vb !== 'object' ? `; bijvoorbeeld ${toon(vb)}` : ''})`;
  };
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `verplicht onderdeel ontbreekt: ${sleutel}${uitlegBij(hier)}`;
  }
  if (issue.code === 'invalid_type' && hier) {
    return `hier hoort ${soortVan(hier)}, geen ${issue.input === null ? 'lege waarde' : Array.isArray(issue.input) ? 'lijst' : typeof issue.input === 'object' ? 'groep' : toon(issue.input)}${uitlegBij(hier)}`;
  }
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    const bekend = hier ? Object.keys(shape(hier)) : [];
    return issue.keys
      .map((k) => {
        const nieuw = hernoemd[k];
        const wel = bekend.includes(nieuw ?? '') ? nieuw : meestGelijkend(k, bekend);
        const hint =
          nieuw && bekend.includes(nieuw)
            ? `; dit heet nu "${nieuw}"`
            : wel && afstand(k, wel) <= Math.max(2, k.length / 3)
              ? `; bedoel je "${wel}"?`
              : '';
        return `onbekend onderdeel "${k}"${hint} (toegestaan: ${bekend.join(', ')})`;
      })
      .join('; ');
  }
  if (issue.code === 'too_small' && typeof issue.input === 'string') {
    return `mag niet leeg zijn${uitlegBij(hier)}`;
  }
  if (issue.code === 'invalid_value' && issue.values) {
    return `${toon(issue.input)} kan hier niet; kies uit: ${issue.values.map(toon).join(', ')}`;
  }
  if (issue.code === 'invalid_format' && hier && /^Ongeldig/.test(issue.message)) {
    return `${toon(issue.input)} is geen geldig ${soortVan(hier)}${uitlegBij(hier)}`;
  }
  return issue.message;
}
