import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/lib/robots.ts';

describe('robots.txt', () => {
  it('allows every page and names no sitemap without a site URL', () => {
    expect(robotsTxt(undefined, '/')).toBe('User-agent: *\nAllow: /\n');
  });

  it('names the sitemap index under the base path when the site URL is set', () => {
    expect(robotsTxt(new URL('https://www.gemeente.example'), '/barrieremodel/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://www.gemeente.example/barrieremodel/sitemap-index.xml\n',
    );
    expect(robotsTxt(new URL('https://kennisbank.example/'), '/')).toContain(
      'Sitemap: https://kennisbank.example/sitemap-index.xml\n',
    );
  });
});
