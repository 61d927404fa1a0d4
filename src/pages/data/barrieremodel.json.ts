import type { APIRoute } from 'astro';
import { modelExport } from '../../data/export.ts';

/** The whole model as JSON; shape: /data/schema.json. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await modelExport(), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
