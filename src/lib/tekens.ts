/**
 * Characters that have no place in content: invisible and direction-changing
 * characters (they can make text read differently from how it is stored,
 * "Trojan Source"), and control characters other than tab and newline.
 */
export const ONZICHTBAAR =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** The code point of a character, as editors see it ("U+202E"). */
export function codepunt(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The message for the first invisible character in a text, or undefined. */
export function onzichtbaarMelding(text: string): string | undefined {
  const m = ONZICHTBAAR.exec(text);
  return m
    ? `Onzichtbaar of stuurteken ${codepunt(m[0])} in de tekst; haal het weg (het kan tekst anders laten lezen dan hij er staat)`
    : undefined;
}
