/**
 * HTML validation with html-validate and the project's .htmlvalidate.json,
 * for built pages (tests/build/html.test.ts) and rendered components
 * (tests/components/). The configuration is read from the repository root,
 * wherever the HTML lies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

const CONFIG = new URL('../../.htmlvalidate.json', import.meta.url);

export interface HtmlProblem {
  /** The page (relative to the built folder) or the name given to a fragment. */
  bestand: string;
  regel: number;
  kolom: number;
  /** The html-validate rule, e.g. "no-dup-id". */
  regelId: string;
  melding: string;
}

/** A validator with the project's configuration, optionally with extra settings (e.g. for a fragment). */
export function htmlValidator(extra: ConfigData = {}): HtmlValidate {
  const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as ConfigData;
  return new HtmlValidate(new StaticConfigLoader({ ...config, ...extra, rules: { ...config.rules, ...extra.rules } }));
}

/** Validates one piece of HTML; `bestand` names it in the problems. */
export async function validateHtml(validator: HtmlValidate, html: string, bestand: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, bestand);
  return report.results.flatMap((r) =>
    r.messages.map((m) => ({ bestand, regel: m.line, kolom: m.column, regelId: m.ruleId, melding: m.message })),
  );
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return htmlFiles(full);
    return d.name.endsWith('.html') ? [full] : [];
  });
}

/** Validates every HTML page in a built folder; returns the pages it validated and every problem. */
export async function validateSite(dir: string): Promise<{ paginas: string[]; problemen: HtmlProblem[] }> {
  const validator = htmlValidator();
  const paginas = htmlFiles(dir)
    .map((f) => relative(dir, f).split(sep).join('/'))
    .sort();
  const problemen: HtmlProblem[] = [];
  for (const p of paginas) problemen.push(...(await validateHtml(validator, readFileSync(join(dir, p), 'utf8'), p)));
  return { paginas, problemen };
}

export const formatHtmlProblems = (problems: HtmlProblem[]) =>
  problems.map((p) => `${p.bestand}:${p.regel}:${p.kolom} ${p.regelId}: ${p.melding}`).join('\n');
