/**
 * Where Astro loads content from, relative to the project root. The build's
 * first step (src/integrations/barrieremodel.ts) sets BARRIEREMODEL_CONTENT_GEBRUIKT
 * to the merged folder when an edition is chosen; BARRIEREMODEL_CONTENT points
 * the build at another national folder (the tests' fixtures use it).
 */
export function contentDir(): string {
  return process.env.BARRIEREMODEL_CONTENT_GEBRUIKT || process.env.BARRIEREMODEL_CONTENT || './content';
}

/** The edition's folder of "In onze gemeente" blocks, if an edition is chosen. */
export function lokaalDir(): string | undefined {
  return process.env.BARRIEREMODEL_LOKAAL_DIR || undefined;
}
