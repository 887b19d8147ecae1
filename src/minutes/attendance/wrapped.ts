/**
 * A comma list wrapped by a word processor at any space, so that a first name ends one line and
 * its surname opens the next ("PRESENT:\nAndrew\nWebb, Jackie Sandy,\nKatie\nGriffin, Hilary
 * Rogers"). The first name is carried down to its surname's line before any reader sees the list,
 * so that no reader takes the surname alone for a person or the first name for a role.
 */
import { HONORIFICS, isNameToken } from '../names.ts';
import { HEADING } from './headings.ts';

// The last word of a line, and what comes before it: "Tolley, Carol Hughes, Dev".
const LAST_WORD = /^(.*?)(\S+)\s*$/;
// The first word of the next line, the separator after it and the word after that: "Webb, Jackie
// Sandy", "Patel and Nora Quinn".
const FIRST_WORD = /^\s*([^\s,;]+)(?:\s*[,;]|\s+(?:and|&))\s+([^\s,;]+)/;

// "Alan\nJoan, Treasurer": a list one name a line with the office after a comma is not wrapped;
// a wrapped list goes on with the next person.
const opensPerson = (word: string): boolean => isNameToken(word) || HONORIFICS.test(word);

/** The first name that opens a list item at the end of `line`, or null. */
function strandedFirstName(line: string): { before: string; word: string } | null {
  const m = LAST_WORD.exec(line);
  if (!m || !isNameToken(m[2]!)) return null;
  const before = m[1]!.trimEnd();
  // A word alone on its line may be a heading ("Officers", "Board") over the list.
  if (!before) return HEADING.test(m[2]!) ? null : { before, word: m[2]! };
  // The word opens an item only after a separator or a heading's colon.
  return /[,;:]$/.test(before) ? { before, word: m[2]! } : null;
}

export function withWrappedNamesRejoined(lines: readonly string[], limit: number): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < Math.min(out.length, limit); i++) {
    const stranded = strandedFirstName(out[i]!);
    const next = stranded && FIRST_WORD.exec(out[i + 1]!);
    if (!stranded || !next || !isNameToken(next[1]!) || !opensPerson(next[2]!)) continue;
    out[i] = stranded.before;
    out[i + 1] = `${stranded.word} ${out[i + 1]!.trimStart()}`;
  }
  return out;
}
