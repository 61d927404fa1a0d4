/**
 * robots.txt: every page may be indexed, and with a site URL it names the
 * sitemap that @astrojs/sitemap writes (sitemap-index.xml in the site's root
 * folder, under the base path).
 */
import { withBase } from './urls.ts';

export const SITEMAP_INDEX = 'sitemap-index.xml';

export function robotsTxt(site: URL | undefined, base: string): string {
  const regels = ['User-agent: *', 'Allow: /'];
  if (site) regels.push('', `Sitemap: ${new URL(withBase(base, SITEMAP_INDEX), site).href}`);
  return `${regels.join('\n')}\n`;
}
