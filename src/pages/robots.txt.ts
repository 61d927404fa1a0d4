import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots.ts';

/** robots.txt, pointing at the sitemap when the site URL is set (BARRIEREMODEL_SITE or the edition's site). */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site, import.meta.env.BASE_URL), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
