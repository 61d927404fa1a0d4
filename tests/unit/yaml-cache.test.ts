import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { bewaarYamlCache, laadYamlCache, leesYaml } from '../../src/lib/content-files.ts';
import { gedeeldGeheugen } from '../../src/lib/geheugen.ts';

/** What a next build starts with: nothing read yet in this process. */
const nieuweBouw = () => gedeeldGeheugen('yaml').clear();
const inhoud = (bestand: string) => deserialize(readFileSync(bestand)) as { versie: string; items: [string, unknown][] };

let dir: string;
let cache: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bm-yaml-cache-'));
  cache = join(dir, 'cache', 'yaml.bin');
  nieuweBouw();
  laadYamlCache(join(dir, 'bestaat-niet.bin'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the YAML results kept for the next build', () => {
  it('gives an unchanged text the result of the previous build instead of parsing it again', () => {
    const tekst = 'titel: Een signaal\nurgentie: hoog\n';
    expect(leesYaml(tekst, 'a.mdx', 1).data).toEqual({ titel: 'Een signaal', urgentie: 'hoog' });
    bewaarYamlCache(cache);
    // Change the kept result by hand: if the next build returns it, it did not parse the text.
    const bewaard = inhoud(cache);
    bewaard.items = bewaard.items.map(([t]) => [t, { titel: 'uit de cache' }]);
    writeFileSync(cache, serialize(bewaard));
    nieuweBouw();
    expect(laadYamlCache(cache)).toBe(1);
    expect(leesYaml(tekst, 'a.mdx', 1)).toEqual({ data: { titel: 'uit de cache' }, problemen: [] });
    // A changed text is a different key: parsed anew.
    expect(leesYaml('titel: Anders\n', 'a.mdx', 1).data).toEqual({ titel: 'Anders' });
  });

  it('never keeps a text with a problem: it is reported again in every build', () => {
    const kapot = 'titel: [open\n';
    expect(leesYaml(kapot, 'k.mdx', 1).problemen).not.toEqual([]);
    bewaarYamlCache(cache);
    expect(inhoud(cache).items.map(([t]) => t)).not.toContain(kapot);
    nieuweBouw();
    laadYamlCache(cache);
    expect(leesYaml(kapot, 'k.mdx', 1).problemen[0].melding).toMatch(/^YAML kan niet gelezen worden/);
  });

  it('keeps only the texts read this time, so old versions of an edited file do not pile up', () => {
    leesYaml('versie: 1\n', 'v.yaml', 0);
    leesYaml('ander: bestand\n', 'w.yaml', 0);
    bewaarYamlCache(cache);
    nieuweBouw();
    laadYamlCache(cache);
    leesYaml('versie: 2\n', 'v.yaml', 0);
    leesYaml('ander: bestand\n', 'w.yaml', 0);
    bewaarYamlCache(cache);
    expect(
      inhoud(cache)
        .items.map(([t]) => t)
        .sort(),
    ).toEqual(['ander: bestand\n', 'versie: 2\n']);
  });

  it('ignores a damaged cache, or one from another YAML reader, and reads the files as usual', () => {
    writeFileSync(cache.replace('cache/yaml.bin', 'kapot.bin'), 'geen cache');
    expect(laadYamlCache(cache.replace('cache/yaml.bin', 'kapot.bin'))).toBe(0);
    leesYaml('titel: Echt\n', 'e.mdx', 1);
    bewaarYamlCache(cache);
    const ander = inhoud(cache);
    writeFileSync(cache, serialize({ ...ander, versie: 'yaml 1.0.0', items: ander.items.map(([t]) => [t, { titel: 'oud' }]) }));
    nieuweBouw();
    expect(laadYamlCache(cache)).toBe(0);
    expect(leesYaml('titel: Echt\n', 'e.mdx', 1).data).toEqual({ titel: 'Echt' });
  });
});
