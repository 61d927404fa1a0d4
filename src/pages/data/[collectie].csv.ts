import type { APIRoute } from 'astro';
import { EXPORT_COLLECTIES, toCsv } from '../../lib/export.ts';
import { modelExport } from '../../data/export.ts';

export function getStaticPaths() {
  return EXPORT_COLLECTIES.map((collectie) => ({ params: { collectie } }));
}

/** One collection as CSV (UTF-8 with BOM, for Excel). */
export const GET: APIRoute = async ({ params }) => {
  const model = await modelExport();
  const rows = model[params.collectie as (typeof EXPORT_COLLECTIES)[number]] as Record<string, unknown>[];
  return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
