/**
 * The situation-search index (src/lib/situatie.ts): the signals' weighted
 * terms, loaded by the search UI on the first search, next to Pagefind's.
 */
import type { APIRoute } from 'astro';
import { situatieIndex } from '../../data/search.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await situatieIndex()), { headers: { 'Content-Type': 'application/json' } });
