/**
 * URLs of the site, built in one place so that the site works under any base
 * path (a municipality hosting it under /barrieremodel/, say).
 */
import type { CollectionName } from './model.ts';

/** Joins the base path and a site path, with a trailing slash for pages. */
export function withBase(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** The path of a list page or an entry page, relative to the base. */
export function entryPath(collection: CollectionName, id?: string): string {
  return id ? `${collection}/${id}/` : `${collection}/`;
}
