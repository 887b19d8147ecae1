/**
 * Text normalisation shared by every parser: one apostrophe, one dash, no odd spaces, so that
 * "O’Brien" in the attendee list and "JO'B" in the body are the same letters.
 */

export function normalise(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/[\u200b\ufeff]/g, '')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .split('\n')
      // Per line: a /[ ]+$/m replace is quadratic on a long run of spaces inside a line.
      .map((line) => line.trimEnd())
      .join('\n')
  );
}

/** Collapses runs of spaces and trims. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Lower case, accents and punctuation removed: for comparing names. */
export const key = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// UK numbers as minutes print them: 020 7934 9805, +44 20 7934 9805, 07700 900123.
const PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g;

/** Removes emails and phone numbers, so nothing personal from a document reaches a chat. */
export function redact(s: string): string {
  return s.replace(EMAIL, '[email removed]').replace(PHONE, '[phone removed]');
}
