/**
 * Our wording for Pagefind's search UI (its own Dutch says "Reset" and uses
 * the formal "u"). Part of the UI strings in nl.ts; a separate module so the
 * browser loads only these lines.
 */
export const pagefindNl = {
  clear_search: 'Wissen',
  input_hint: 'Resultaten verschijnen terwijl je typt',
  search_label: 'Zoek in het barrièremodel',
};
