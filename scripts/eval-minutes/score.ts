/**
 * Scores one draft against its hand annotation, and adds scores up. Pure functions: the eval
 * script, the floors test and the unit test all call these, so the numbers mean one thing.
 *
 * Actions match by content-word overlap (Dice >= 0.5), greedily and one-to-one, because the
 * annotator's wording and the importer's boundaries differ a little; a missed or extra action
 * still shows. Totals are summed counts (micro averages), so a long action log weighs more.
 */
import type { Draft } from '../../src/minutes/draft.ts';
import type { Expected, Split } from './schema.ts';

export const MATCH_THRESHOLD = 0.5;

const STOPWORDS = new Set(
  (
    'a an the and or of to for in on at by with from as is are be been was were will would ' +
    'should shall that this these those it its into onto about all any their there them they ' +
    'he she his her we our us you your i if so than then also not no'
  ).split(' '),
);

const TITLES = new Set(
  'mr mrs ms miss dr prof professor cllr councillor sir dame rev revd lord lady'.split(' '),
);

export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOPWORDS.has(w));
  return new Set(words);
}

/** Dice coefficient of two texts' content words: 1 for the same words, 0 for none shared. */
export function dice(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** A name or owner compared loosely: case, punctuation, "The" and titles do not count. */
export function normaliseName(name: string): string {
  // "MS", "DR" written in capitals are someone's initials, not a title to drop.
  if (/^[A-Z]{2,4}$/.test(name.trim())) return name.trim().toLowerCase();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && w !== 'the' && !TITLES.has(w))
    .join(' ');
}

/** Pairs expected[i] with found[j] best first, each used once; returns [i, j] pairs. */
export function greedyMatch<E, F>(
  expected: readonly E[],
  found: readonly F[],
  similarity: (e: E, f: F) => number,
  threshold: number,
): [number, number][] {
  const candidates: { i: number; j: number; s: number }[] = [];
  expected.forEach((e, i) =>
    found.forEach((f, j) => {
      const s = similarity(e, f);
      if (s >= threshold) candidates.push({ i, j, s });
    }),
  );
  // Ties go to document order, so the result does not depend on sort stability quirks.
  candidates.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const usedE = new Set<number>();
  const usedF = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedE.has(c.i) || usedF.has(c.j)) continue;
    usedE.add(c.i);
    usedF.add(c.j);
    pairs.push([c.i, c.j]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Owners as written split into names: "JS / TB", "JS and TB", "JS, TB". */
function splitOwners(written: string | null): string[] {
  if (!written) return [];
  return written
    .split(/\s*(?:,|\/|&|;|\+|\band\b)\s*/i)
    .map(normaliseName)
    .filter(Boolean);
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

export interface Count {
  expected: number;
  found: number;
  matched: number;
}

export interface OwnerCount {
  /** Matched explicit actions, the base of the owner score. */
  matched: number;
  right: number;
  /** Found owners on matched actions that the text does not support. */
  invented: number;
}

export interface FieldCount {
  right: number;
  total: number;
}

export interface BoardCount extends FieldCount {
  /** A name found that is not the board's (including one found where the text names none). */
  wrong: number;
  /** No name found where the text names the board. */
  missing: number;
}

export interface Score {
  explicit: Count;
  owners: OwnerCount;
  implicit: Count;
  attendees: Count;
  meetingDate: FieldCount;
  nextMeeting: FieldCount;
  board: BoardCount;
}

export interface ActionPairing {
  expected: number;
  found: number;
  ownerRight: boolean;
  invented: string[];
}

export interface DocumentScore extends Score {
  /** Explicit action pairs, for the detailed view. */
  pairs: ActionPairing[];
  implicitPairs: [number, number][];
  attendeePairs: [number, number][];
}

/** Expected owner `e` (normalised) and found owner `f`: same name, or one is the other's surname. */
function sameOwner(e: string, f: string): boolean {
  if (e === f) return true;
  const es = e.split(' ');
  const fs = f.split(' ');
  return (es.length === 1 || fs.length === 1) && es[es.length - 1] === fs[fs.length - 1];
}

function scoreOwners(
  expected: Expected['actions'][number],
  found: Draft['actions'][number],
): { right: boolean; invented: string[] } {
  const wantNames = expected.owners.map(normaliseName).filter(Boolean);
  const wantWritten = splitOwners(expected.ownersAsWritten);
  const gotNames = found.owners.map(normaliseName).filter(Boolean);
  const gotWritten = splitOwners(found.ownersAsWritten);
  const right =
    sameSet(gotNames, wantNames) ||
    (wantWritten.length > 0 && sameSet(gotNames, wantWritten)) ||
    (wantNames.length > 0 && gotNames.length === 0 && sameSet(gotWritten, wantNames)) ||
    (wantWritten.length > 0 && gotNames.length === 0 && sameSet(gotWritten, wantWritten));
  const writtenText = normaliseName(expected.ownersAsWritten ?? '');
  const invented = found.owners.filter((owner) => {
    const n = normaliseName(owner);
    if (!n) return false;
    if (wantNames.length === 0) return true;
    if (wantNames.some((w) => sameOwner(w, n))) return false;
    if (wantWritten.includes(n)) return false;
    return !(writtenText && ` ${writtenText} `.includes(` ${n} `));
  });
  return { right, invented };
}

/** Surname-only expected names ("Smith") match a found full name by surname, and back. */
function attendeeSimilarity(expected: string, found: string): number {
  const e = normaliseName(expected);
  const f = normaliseName(found);
  if (!e || !f) return 0;
  if (e === f) return 1;
  const es = e.split(' ');
  const fs = f.split(' ');
  if ((es.length === 1 || fs.length === 1) && es[es.length - 1] === fs[fs.length - 1]) return 0.9;
  return 0;
}

export function scoreDocument(draft: Draft, expected: Expected): DocumentScore {
  const foundExplicit = draft.actions.filter((a) => a.kind === 'explicit');
  const foundSuggested = draft.actions.filter((a) => a.kind === 'suggested');

  const actionPairs = greedyMatch(
    expected.actions,
    foundExplicit,
    (e, f) => dice(e.text, f.text),
    MATCH_THRESHOLD,
  );
  const pairs: ActionPairing[] = actionPairs.map(([i, j]) => {
    const { right, invented } = scoreOwners(expected.actions[i]!, foundExplicit[j]!);
    return { expected: i, found: j, ownerRight: right, invented };
  });

  const implicitPairs = greedyMatch(
    expected.implicit,
    foundSuggested,
    (e, f) => dice(e.text, f.text),
    MATCH_THRESHOLD,
  );
  const attendeePairs = greedyMatch(
    expected.attendees,
    draft.attendees,
    (e, f) => attendeeSimilarity(e.name, f.name),
    0.5,
  );

  const wantBoard = expected.board ? normaliseName(expected.board) : null;
  const gotBoard = draft.board ? normaliseName(draft.board) : null;
  const boardRight = wantBoard === gotBoard;
  const wantDate = expected.meeting?.date ?? null;
  const wantNext = expected.nextMeeting?.date ?? null;

  return {
    explicit: {
      expected: expected.actions.length,
      found: foundExplicit.length,
      matched: pairs.length,
    },
    owners: {
      matched: pairs.length,
      right: pairs.filter((p) => p.ownerRight).length,
      invented: pairs.reduce((n, p) => n + p.invented.length, 0),
    },
    implicit: {
      expected: expected.implicit.length,
      found: foundSuggested.length,
      matched: implicitPairs.length,
    },
    attendees: {
      expected: expected.attendees.length,
      found: draft.attendees.length,
      matched: attendeePairs.length,
    },
    meetingDate: { right: (draft.meeting?.date ?? null) === wantDate ? 1 : 0, total: 1 },
    nextMeeting: { right: (draft.nextMeeting?.date ?? null) === wantNext ? 1 : 0, total: 1 },
    board: {
      right: boardRight ? 1 : 0,
      total: 1,
      wrong: !boardRight && gotBoard !== null ? 1 : 0,
      missing: !boardRight && gotBoard === null ? 1 : 0,
    },
    pairs,
    implicitPairs,
    attendeePairs,
  };
}

export function emptyScore(): Score {
  const count = (): Count => ({ expected: 0, found: 0, matched: 0 });
  return {
    explicit: count(),
    owners: { matched: 0, right: 0, invented: 0 },
    implicit: count(),
    attendees: count(),
    meetingDate: { right: 0, total: 0 },
    nextMeeting: { right: 0, total: 0 },
    board: { right: 0, total: 0, wrong: 0, missing: 0 },
  };
}

export function addScores(scores: readonly Score[]): Score {
  const sum = emptyScore();
  for (const s of scores) {
    for (const k of ['explicit', 'implicit', 'attendees'] as const) {
      sum[k].expected += s[k].expected;
      sum[k].found += s[k].found;
      sum[k].matched += s[k].matched;
    }
    sum.owners.matched += s.owners.matched;
    sum.owners.right += s.owners.right;
    sum.owners.invented += s.owners.invented;
    for (const k of ['meetingDate', 'nextMeeting'] as const) {
      sum[k].right += s[k].right;
      sum[k].total += s[k].total;
    }
    sum.board.right += s.board.right;
    sum.board.total += s.board.total;
    sum.board.wrong += s.board.wrong;
    sum.board.missing += s.board.missing;
  }
  return sum;
}

/** Nothing to find counts as all found; nothing found counts as nothing wrong. */
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export interface Rates {
  documents: number;
  explicitRecall: number;
  explicitPrecision: number;
  ownerAccuracy: number;
  inventedOwners: number;
  implicitRecall: number;
  implicitPrecision: number;
  attendeeRecall: number;
  attendeePrecision: number;
  meetingDateAccuracy: number;
  nextMeetingAccuracy: number;
  boardAccuracy: number;
  boardWrong: number;
  boardMissing: number;
}

export function rates(s: Score, documents: number): Rates {
  return {
    documents,
    explicitRecall: ratio(s.explicit.matched, s.explicit.expected),
    explicitPrecision: ratio(s.explicit.matched, s.explicit.found),
    ownerAccuracy: ratio(s.owners.right, s.owners.matched),
    inventedOwners: s.owners.invented,
    implicitRecall: ratio(s.implicit.matched, s.implicit.expected),
    implicitPrecision: ratio(s.implicit.matched, s.implicit.found),
    attendeeRecall: ratio(s.attendees.matched, s.attendees.expected),
    attendeePrecision: ratio(s.attendees.matched, s.attendees.found),
    meetingDateAccuracy: ratio(s.meetingDate.right, s.meetingDate.total),
    nextMeetingAccuracy: ratio(s.nextMeeting.right, s.nextMeeting.total),
    boardAccuracy: ratio(s.board.right, s.board.total),
    boardWrong: s.board.wrong,
    boardMissing: s.board.missing,
  };
}

export type Totals = Record<Split | 'all', Rates>;

export function totals(docs: readonly { split: Split; score: Score }[]): Totals {
  const of = (list: readonly { score: Score }[]) =>
    rates(addScores(list.map((d) => d.score)), list.length);
  return {
    tune: of(docs.filter((d) => d.split === 'tune')),
    retired: of(docs.filter((d) => d.split === 'retired')),
    holdout: of(docs.filter((d) => d.split === 'holdout')),
    all: of(docs),
  };
}

/** The rates the floors pin: every rate may only rise; invented owners may only fall. */
export const FLOOR_KEYS = [
  'explicitRecall',
  'explicitPrecision',
  'ownerAccuracy',
  'implicitRecall',
  'implicitPrecision',
  'attendeeRecall',
  'attendeePrecision',
  'meetingDateAccuracy',
  'nextMeetingAccuracy',
  'boardAccuracy',
] as const satisfies readonly (keyof Rates)[];

export interface Floors {
  floors: Record<(typeof FLOOR_KEYS)[number], number>;
  ceilings: { inventedOwners: number };
  measuredOn: { documents: number };
}

/** Today's totals as floors: rounded down to 2 decimals, so a re-run on the same corpus passes. */
export function floorsOf(all: Rates): Floors {
  const down = (x: number) => Math.floor(x * 100 + 1e-9) / 100;
  return {
    floors: Object.fromEntries(FLOOR_KEYS.map((k) => [k, down(all[k])])) as Floors['floors'],
    ceilings: { inventedOwners: all.inventedOwners },
    measuredOn: { documents: all.documents },
  };
}
