import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from './model.ts';

/** A reference to another entry, as Astro's reference() and our check produce it. */
export interface Ref {
  collection: CollectionName;
  id: string;
}

/** The id a reference points to, whether given as a string or as a Ref. */
export function refId(ref: string | { id: string }): string {
  return typeof ref === 'string' ? ref : ref.id;
}

/** "collectie/id" as an edition or the changelog writes it, e.g. "interventies/verzuimgesprek". */
export const itemRef = z
  .string()
  .regex(
    new RegExp(`^(${COLLECTIONS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`),
    `Schrijf als "collectie/id", bijv. "interventies/verzuimgesprek"; collecties: ${COLLECTIONS.join(', ')}`,
  );
