/**
 * Shared set-up for the browser tests: Debian's Chromium through
 * playwright-core, a static server for the built site, and a guard that
 * records every request to another origin.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve, type StaticServer } from '../support/server.ts';

import { launchChromium } from '../support/chromium.ts';

export interface Site {
  browser: Browser;
  server: StaticServer;
  base: string;
  dist: string;
  /** Absolute URL of a site path (relative to the base). */
  url(path?: string): string;
  /** A fresh page; requests to other origins are collected in `foreign`. */
  page(options?: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } }): Promise<Page>;
  /** Every request that went to another origin in this file's tests. */
  foreign: string[];
}

/**
 * Starts Chromium and the server for one test file: the national build, or
 * the example edition's (with `editie: true`), optionally with extra headers.
 */
export function useSite(options: { editie?: boolean; headers?: Record<string, string> } = {}): Site {
  const site = { foreign: [] as string[] } as Site;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    site.dist = inject(options.editie ? 'editieDist' : 'dist');
    site.base = inject('base');
    site.server = await serve(site.dist, site.base, options.headers);
    site.browser = await launchChromium();
    site.url = (path = '') => `${site.server.origin}${site.base}${path.replace(/^\//, '')}`;
    site.page = async (options = {}) => {
      const context = await site.browser.newContext({ locale: 'nl-NL', ...options });
      contexts.push(context);
      const page = await context.newPage();
      page.on('request', (req) => {
        const u = new URL(req.url());
        if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== site.server.origin) site.foreign.push(req.url());
      });
      return page;
    };
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await site.browser?.close();
    await site.server?.close();
    expect(site.foreign, 'requests to another origin').toEqual([]);
  });
  return site;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe with the WCAG 2.1 A and AA rules and returns the violations. */
export async function axe(page: Page) {
  // Evaluated through the DevTools protocol, so a strict CSP on the page does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          opts: object,
        ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
