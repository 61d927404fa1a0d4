/**
 * The build keeps the content check's YAML results in Astro's cache folder
 * for the next build (src/lib/content-files.ts, laadYamlCache). What a kept
 * result means is tested in tests/unit/yaml-cache.test.ts; here: the shared
 * build really writes one, with the frontmatter of the content it checked.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { YAML_CACHE } from '../../src/integrations/barrieremodel.ts';

const root = new URL('../../', import.meta.url).pathname;
const caches = join(root, 'node_modules', '.astro');

describe('the YAML results kept by a build', () => {
  it('are written into the build cache of the content it checked, as problem-free results', () => {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(
      readFileSync(join(root, 'content/signalen/uitschrijving-brp-naar-buitenland.mdx'), 'utf8'),
    )![1];
    const bestanden = readdirSync(caches)
      .map((d) => join(caches, d, YAML_CACHE))
      .filter((f) => existsSync(f));
    const metSignaal = bestanden
      .map((f) => new Map((deserialize(readFileSync(f)) as { items: [string, unknown][] }).items))
      .find((items) => items.has(frontmatter));
    expect(
      metSignaal,
      `geen ${YAML_CACHE} met de frontmatter van uitschrijving-brp-naar-buitenland.mdx in ${caches}/*/`,
    ).toBeDefined();
    expect(metSignaal!.get(frontmatter)).toMatchObject({ urgentie: expect.any(String) });
  });
});
