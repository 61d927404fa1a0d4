/**
 * A memo that keeps at most `max` results; the one used longest ago goes
 * first (a Map keeps insertion order, so that is its first key). The
 * per-process memos of parsed trees, YAML data and a body's words are keyed
 * by text: in a long `astro dev` session every edit adds a new text, and an
 * unbounded memo would keep every old version.
 */
export class Geheugen<K, V> {
  readonly #kaart = new Map<K, V>();
  readonly max: number;

  constructor(max: number) {
    if (!Number.isInteger(max) || max < 1) throw new Error(`Een geheugen moet ten minste 1 plaats hebben (kreeg ${max})`);
    this.max = max;
  }

  get size(): number {
    return this.#kaart.size;
  }

  has(sleutel: K): boolean {
    return this.#kaart.has(sleutel);
  }

  /** The result for `sleutel`, now counted as used last. */
  get(sleutel: K): V | undefined {
    if (!this.#kaart.has(sleutel)) return undefined;
    const waarde = this.#kaart.get(sleutel) as V;
    this.#kaart.delete(sleutel);
    this.#kaart.set(sleutel, waarde);
    return waarde;
  }

  clear(): void {
    this.#kaart.clear();
  }

  /** Every result, the one used longest ago first. */
  entries(): IterableIterator<[K, V]> {
    return this.#kaart.entries();
  }

  set(sleutel: K, waarde: V): void {
    this.#kaart.delete(sleutel);
    this.#kaart.set(sleutel, waarde);
    if (this.#kaart.size > this.max) this.#kaart.delete(this.#kaart.keys().next().value as K);
  }
}

/**
 * Room for every file of a large content set (N = 1,000 signals is about
 * 2,300 files) with room to spare; past it, a text is simply read again.
 */
export const GEHEUGEN_PLAATSEN = 10_000;

/**
 * One memo per process under `naam`, kept on globalThis: the content check
 * (run by the integration) and the pages (bundled by Vite) load the modules
 * separately, and should share what the other has read.
 */
export function gedeeldGeheugen<K, V>(naam: string, max = GEHEUGEN_PLAATSEN): Geheugen<K, V> {
  const plek = globalThis as { [k: symbol]: Geheugen<K, V> | undefined };
  return (plek[Symbol.for(`barrieremodel.${naam}`)] ??= new Geheugen<K, V>(max));
}
