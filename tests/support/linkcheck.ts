/**
 * The link and anchor check over a built site: every href, src, srcset,
 * action and poster in every HTML page of the folder must point to a file of
 * the site (or, for a link a reader follows, to another site), and every
 * #anchor must exist on the page it points to. Resources (scripts, styles,
 * images, frames) from another origin are refused: the site makes no request
 * elsewhere. The check reads the built files only; it requests nothing.
 * Pages are parsed with html-validate's parser (the HTML validation uses it
 * too), so a page is read the way the validator reads it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';

export interface LinkProblem {
  /** The page, relative to the built folder, e.g. "signalen/x/index.html". */
  pagina: string;
  /** The URL as written in the page. */
  url: string;
  melding: string;
}

export interface LinkCheckOptions {
  /** The base path the site is built for, e.g. "/barrieremodel/". */
  base: string;
  /** The site's own URL, if set: absolute URLs on it count as local. */
  site?: string;
}

/** Attributes that hold a URL, per element; `srcset` holds a list of them. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  form: ['action'],
  use: ['href'],
  image: ['href'],
};

/** Links a reader follows (not loaded by the page itself): these may go to another site. */
const NAVIGATION = new Set(['a', 'area', 'form']);
/** Link relations that are no request either. */
const NAVIGATION_REL = /^(canonical|alternate|license|help|author|next|prev|search|me|sitemap)$/;

const ORIGIN = 'http://site.invalid';

interface Page {
  ids: Set<string>;
  refs: { element: string; rel: string; url: string }[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return htmlFiles(full);
    return d.name.endsWith('.html') ? [full] : [];
  });
}

function readPage(parser: Parser, html: string): Page {
  const root = parser.parseHtml(html);
  const ids = new Set<string>();
  const refs: Page['refs'] = [];
  const visit = (el: HtmlElement) => {
    const id = el.getAttributeValue('id');
    if (id) ids.add(id);
    if (el.tagName === 'a' && el.getAttributeValue('name')) ids.add(el.getAttributeValue('name')!);
    for (const attr of URL_ATTRIBUTES[el.tagName] ?? []) {
      const value = el.getAttributeValue(attr);
      if (value === null) continue;
      const urls =
        attr === 'srcset'
          ? value
              .split(',')
              .map((s) => s.trim().split(/\s+/)[0])
              .filter(Boolean)
          : [value.trim()];
      for (const url of urls) refs.push({ element: el.tagName, rel: el.getAttributeValue('rel') ?? '', url });
    }
    for (const child of el.childElements) visit(child);
  };
  visit(root);
  return { ids, refs };
}

/** The file a site path (below the base) is served from, or undefined if there is none. */
function fileFor(dir: string, path: string): string | undefined {
  const full = join(dir, path);
  if (!full.startsWith(dir)) return undefined;
  if (path === '' || path.endsWith('/')) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
  if (!existsSync(full)) return undefined;
  if (statSync(full).isDirectory()) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
  return full;
}

/** Checks every page in `dir`; returns every broken link, missing anchor and foreign resource. */
export async function checkLinks(dir: string, options: LinkCheckOptions): Promise<LinkProblem[]> {
  const root = dir.endsWith(sep) ? dir : dir + sep;
  const config = await new HtmlValidate().getConfigFor('page.html');
  const parser = new Parser(config);
  const pages = new Map<string, Page>();
  const page = (file: string) => {
    let p = pages.get(file);
    if (!p) {
      p = readPage(parser, readFileSync(file, 'utf8'));
      pages.set(file, p);
    }
    return p;
  };
  const site = options.site ? new URL(options.site) : undefined;
  const problems: LinkProblem[] = [];

  for (const file of htmlFiles(root).sort()) {
    const pagina = relative(root, file).split(sep).join('/');
    // The URL this page is served at: "x/index.html" at "base/x/", any other file at its own path.
    const pageUrl = new URL(options.base + pagina.replace(/(^|\/)index\.html$/, '$1'), ORIGIN);
    for (const ref of page(file).refs) {
      const report = (melding: string) => problems.push({ pagina, url: ref.url, melding });
      if (ref.url === '') {
        report('lege URL');
        continue;
      }
      let url: URL;
      try {
        url = new URL(ref.url, pageUrl);
      } catch {
        report('geen geldige URL');
        continue;
      }
      if (url.protocol === 'mailto:' || url.protocol === 'tel:') continue;
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        report(`het schema ${url.protocol} is niet toegestaan`);
        continue;
      }
      let local = url.origin === ORIGIN;
      if (!local && site && url.origin === site.origin) {
        local = true;
        url = new URL(url.pathname + url.search + url.hash, ORIGIN);
      }
      if (!local) {
        const navigation =
          NAVIGATION.has(ref.element) || (ref.element === 'link' && ref.rel.split(/\s+/).every((r) => NAVIGATION_REL.test(r)));
        if (!navigation) report('laadt iets van een ander domein; de site doet geen verzoeken elders');
        continue;
      }
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        report('geen geldige URL-codering');
        continue;
      }
      if (!path.startsWith(options.base)) {
        report(`valt buiten het basispad ${options.base}`);
        continue;
      }
      const target = fileFor(root, path.slice(options.base.length));
      if (!target) {
        report('verwijst naar een bestand dat niet bestaat');
        continue;
      }
      const anchor = url.hash.slice(1);
      if (anchor && target.endsWith('.html')) {
        let id: string;
        try {
          id = decodeURIComponent(anchor);
        } catch {
          id = anchor;
        }
        if (!page(target).ids.has(id)) report(`het anker #${id} bestaat niet op ${relative(root, target).split(sep).join('/')}`);
      }
    }
  }
  return problems;
}

/** One line per problem, for a test failure that names page and URL. */
export const formatLinkProblems = (problems: LinkProblem[]) =>
  problems.map((p) => `${p.pagina}: ${p.url} — ${p.melding}`).join('\n');
