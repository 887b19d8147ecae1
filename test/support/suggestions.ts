/**
 * The suggestions the importer offers for a body of minutes under a fixed head, written as
 * "owner as written | text" ("-" for none), so that a test reads as the review would show it.
 */
import { parseMinutes } from '../../src/minutes/parse.ts';

export const suggestionsUnder =
  (head: string) =>
  (body: string): string[] =>
    parseMinutes(head + body)
      .actions.filter((a) => a.kind === 'suggested')
      .map((a) => `${a.ownersAsWritten ?? '-'} | ${a.text}`);
