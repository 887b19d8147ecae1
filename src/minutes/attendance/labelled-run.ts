/**
 * A table of member bodies and their members run into one line by PDF extraction ("Present
 * Aberdeen City Cllr Ann Lee Aberdeen City Cllr Tom Reed Angus Cllr Ben Hart Angus Cllr ..."):
 * the body's name stands between one member's surname and the next member's title, so a reader
 * takes it for more of the surname. A label that stands before a title twice or more is the
 * body column; a comma is put before each such label so that each item is one body and member.
 */
import { isVocabulary } from '../names.ts';

const TITLE = String.raw`(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s`;
// Up to four words before a title: capitalised words and the joining words of place names.
const BEFORE_TITLE = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}'’-]*|and|of|nan|na|the|upon)(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|nan|na|the|upon)){0,3})\s+(?=${TITLE})`,
  'gu',
);
const MIN_TITLES = 6;

/** The longest run of words ending just before a title that stands before a title twice. */
function labelBefore(words: string[], counts: Map<string, number>): string | null {
  for (let k = words.length; k >= 1; k--) {
    const label = words.slice(-k).join(' ');
    // "COSLA President Cllr ...", "COSLA Vice President Cllr ...": an office, not a body.
    if (isVocabulary(words[words.length - 1]!)) return null;
    if (/^\p{Lu}/u.test(label) && !/\s(?:and|of|nan|na|the|upon)$/.test(label))
      if ((counts.get(label) ?? 0) >= 2) return label;
  }
  return null;
}

export function withBodyLabelsCut(line: string): string {
  const titles = line.match(new RegExp(TITLE, 'g'))?.length ?? 0;
  if (titles < MIN_TITLES || line.includes(',')) return line;
  const befores = [...line.matchAll(BEFORE_TITLE)].map((m) => ({
    at: m.index,
    words: m[1]!.split(/\s+/),
  }));
  const counts = new Map<string, number>();
  for (const { words } of befores)
    for (let k = 1; k <= words.length; k++) {
      const suffix = words.slice(-k).join(' ');
      counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
    }
  const cuts: number[] = [];
  for (const { at, words } of befores) {
    const label = labelBefore(words, counts);
    // The first label may open the list itself: nothing to cut from before it.
    if (label) cuts.push(at + words.join(' ').length - label.length);
  }
  let out = line;
  for (const cut of cuts.sort((a, b) => b - a))
    if (cut > 0 && /\S/.test(out.slice(0, cut)))
      out = `${out.slice(0, cut).trimEnd()}, ${out.slice(cut)}`;
  return out;
}
