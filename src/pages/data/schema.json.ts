import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { exportSchema } from '../../lib/export.ts';

/** JSON Schema of /data/barrieremodel.json, generated from the same Zod schema. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.toJSONSchema(exportSchema), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
