/**
 * How search ranks results. Pagefind matches the query against each page's
 * text and, with these meta weights, against the metadata fields "title" and
 * "zoektermen" (the search terms and synonyms that signals carry). That lifts
 * a signal above the pages that merely mention it. Measured with the queries
 * of the search tests; see README "Zoeken".
 */
export const RANKING = {
  metaWeights: { title: 3, zoektermen: 10 },
  pageLength: 0.3,
} as const;
