import type { CollectionName } from './model.ts';

/** A reference to another entry, as Astro's reference() and our check produce it. */
export interface Ref {
  collection: CollectionName;
  id: string;
}

/** The id a reference points to, whether given as a string or as a Ref. */
export function refId(ref: string | { id: string }): string {
  return typeof ref === 'string' ? ref : ref.id;
}
