/**
 * The renderer's second wall: even content that reached it unchecked renders
 * harmless (no HTML, no code, no unsafe links).
 */
import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { contentGuard } from '../../src/integrations/content-guard.ts';

const md = async (s: string) => (await markdownToHtml(s, { mdastPlugins: [contentGuard] })).html;
const mdx = async (s: string) => (await mdxToJs(s, { mdastPlugins: [contentGuard] })).code;

describe('the renderer makes hostile bodies harmless', () => {
  it('shows raw HTML as text', async () => {
    const html = String(
      await md('Tekst <img src=x onerror=alert(1)> en\n\n<meta http-equiv="refresh" content="0;url=https://elders.example/">\n'),
    );
    expect(html).not.toMatch(/<img|<meta/);
    expect(html).toMatch(/&#x3C;img src=x onerror=alert\(1\)>|&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('drops unsafe link targets and keeps safe ones', async () => {
    const html = String(await md('[a](javascript:alert(1)) [b](https://wetten.overheid.nl/) ![c](data:image/png;base64,AA)'));
    expect(html).not.toMatch(/javascript:|data:/);
    expect(html).toContain('href="https://wetten.overheid.nl/"');
  });

  it('compiles MDX without the imports, expressions and attributes', async () => {
    const js = await mdx(
      "import fs from 'node:fs'\n\n{process.exit(0)}\n\nTekst {globalThis.x} <b onClick={y}>z</b>\n\n<WieIsAanZet x={require('fs')} />\n",
    );
    expect(js).not.toMatch(/node:fs|process\.exit|globalThis|require\(|onClick/);
    expect(js).toContain('WieIsAanZet');
    // Without the guard, the same source would carry the code into the module.
    expect((await mdxToJs('{process.exit(0)}')).code).toContain('process.exit');
  });
});
