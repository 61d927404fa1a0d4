/**
 * How search ranks results. Pagefind matches the query against each page's
 * text and, with these meta weights, against the metadata fields "title" and
 * "zoektermen" (a signal's search terms, synonyms and compound parts) and
 * "termen" (compound parts and synonyms, for every page, weighted less) and
 * "varianten" (a signal's words with one letter missing, to forgive a typing
 * error). That lifts a signal above the pages that merely mention it. Measured with the queries
 * of the search tests; see README "Zoeken".
 */
export const RANKING = {
  metaWeights: { title: 5, zoektermen: 10, termen: 3, varianten: 2 },
  pageLength: 0.3,
} as const;
