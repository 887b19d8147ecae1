import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft, DraftAction } from '../../src/minutes/draft.ts';
import { draftSchema } from '../../src/minutes/draft.ts';

// The oracle: seeds/expected holds a hand annotation of each seed document.
interface Expected {
  documentKind: 'minutes' | 'report';
  board: string;
  meeting: { date: string; time: string | null; location: string | null };
  nextMeeting: {
    date: string;
    time: string | null;
    location: string | null;
    board?: string;
  } | null;
  attendees?: { name: string; role: string | null; org: string | null; initials?: string | null }[];
  attendeesSample?: { name: string; role: string | null; org: string | null }[];
  attendeesCount?: number;
  apologies?: string[];
  actions: {
    ref: string | null;
    kind: 'explicit' | 'implicit';
    owners: string[];
    text: string;
    due: string | null;
  }[];
  implicitCandidates?: { text: string }[];
}

const SEEDS = [
  'lcrb-2010-09-29-minutes',
  'lcrb-2012-07-20-minutes',
  'lcrb-2021-02-02-minutes',
  'lcrb-dmg-2020-12-07-public-record',
  'london-councils-leaders-2018-12-04-crime-and-policing-report',
] as const;

const read = (path: string) =>
  readFileSync(new URL(`../../seeds/${path}`, import.meta.url), 'utf8');
const load = (seed: string) => ({
  text: read(`minutes/${seed}.txt`),
  expected: JSON.parse(read(`expected/${seed}.expected.json`)) as Expected,
});
const draftOf = (seed: string): Draft => parseMinutes(load(seed).text, { source: `${seed}.txt` });

/** "next meeting (2010-12-07)" or "2012-09-25" or null, as the annotations write due dates. */
function expectedDue(due: string | null) {
  if (due === null) return null;
  const next = /^next meeting \((\d{4}-\d{2}-\d{2})\)$/.exec(due);
  return next ? { kind: 'next_meeting', date: next[1] } : { kind: 'date', date: due };
}

const words = (s: string, n: number) => s.toLowerCase().split(/\s+/).slice(0, n).join(' ');

describe.each(SEEDS)('importing %s', (seed) => {
  const { text, expected } = load(seed);
  const draft = parseMinutes(text, { source: `${seed}.txt` });
  const explicit = draft.actions.filter((a) => a.kind === 'explicit');
  const suggested = draft.actions.filter((a) => a.kind === 'suggested');

  it('produces a draft that matches the documented JSON schema', () => {
    expect(draftSchema.parse(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it('recognises minutes from a committee report', () => {
    expect(draft.documentKind).toBe(expected.documentKind);
  });

  it('reads the meeting date, time and place', () => {
    expect(draft.meeting).toEqual({ ...expected.meeting, board: null });
    if (expected.documentKind === 'minutes') expect(draft.board).toBe(expected.board);
  });

  it('finds the next meeting as annotated, or says there is none', () => {
    if (expected.nextMeeting === null) {
      expect(draft.nextMeeting).toBeNull();
      if (expected.documentKind === 'minutes')
        expect(draft.warnings.join(' ')).toMatch(/No date of next meeting/);
    } else {
      const { board, ...when } = expected.nextMeeting;
      expect(draft.nextMeeting).toEqual({ ...when, board: board ?? null });
    }
  });

  it('lists the attendees with their role, organisation and initials', () => {
    for (const want of expected.attendees ?? expected.attendeesSample ?? []) {
      const got = draft.attendees.find((a) => a.name === want.name);
      expect(got, want.name).toBeDefined();
      expect({ role: got!.role, org: got!.org }, want.name).toEqual({
        role: want.role,
        org: want.org,
      });
      if ('initials' in want) expect(got!.initials, want.name).toBe(want.initials);
    }
    if (expected.attendeesCount) expect(draft.attendees).toHaveLength(expected.attendeesCount);
    if (expected.apologies) expect(draft.apologies).toEqual(expected.apologies);
  });

  it('finds every explicit action with its owner and due date, and invents none', () => {
    const want = expected.actions.filter((a) => a.kind === 'explicit');
    expect(explicit.map((a) => a.text)).toEqual(want.map((a) => a.text));
    want.forEach((w, i) => {
      const got = explicit[i]!;
      expect(got.ref).toBe(w.ref);
      expect(got.owners).toEqual(w.owners);
      expect(got.due).toEqual(expectedDue(w.due));
    });
  });

  it('offers the implicit commitments as suggestions with their owners', () => {
    const want = expected.actions.filter((a) => a.kind === 'implicit');
    for (const w of want) {
      const got =
        suggested.find((s) => w.ref !== null && s.ref === w.ref) ??
        suggested.find((s) => words(s.text, 3) === words(w.text, 3));
      expect(got, w.text).toBeDefined();
      expect(got!.owners).toEqual(w.owners);
      if (w.due) expect(got!.due).toEqual(expectedDue(w.due));
    }
    for (const c of expected.implicitCandidates ?? [])
      expect(suggested.some((s) => words(s.text, 3) === words(c.text, 3))).toBe(true);
  });
});

describe('the traps in the seed minutes', () => {
  const all = (d: Draft): DraftAction[] => d.actions;

  it("does not take 'Time for Action' (a programme) for an action", () => {
    const draft = draftOf('lcrb-2010-09-29-minutes');
    expect(all(draft).some((a) => /Time for Action/i.test(a.text))).toBe(false);
  });

  it("resolves initials with an apostrophe: JO'B is John O'Brien", () => {
    const draft = draftOf('lcrb-2010-09-29-minutes');
    expect(draft.attendees.find((a) => a.name === "John O'Brien")?.initials).toBe("JO'B");
    expect(draft.attendees.find((a) => a.name === 'Paul Stephenson')?.initials).toBe('PS');
  });

  it("gives no initials to an attendee the minutes never call by them (AM is Kit Malthouse's post-nominal)", () => {
    const draft = draftOf('lcrb-2010-09-29-minutes');
    expect(draft.attendees.find((a) => a.name === 'Andrew Morley')?.initials).toBeNull();
  });

  it("does not take 'Action updates were received' or 'an action list' for actions", () => {
    const draft = draftOf('lcrb-2012-07-20-minutes');
    expect(all(draft).filter((a) => a.kind === 'explicit')).toHaveLength(3);
    expect(all(draft).some((a) => /^Action updates|^updates were received/i.test(a.text))).toBe(
      false,
    );
  });

  it('joins an action wrapped over two lines', () => {
    const draft = draftOf('lcrb-2012-07-20-minutes');
    expect(all(draft).find((a) => a.text.startsWith('Mapping exercise'))?.text).toMatch(
      /desired outcomes\. This should be reported back to the LCRB once completed\.$/,
    );
  });

  it('keeps a weekday that does not match its date, and warns', () => {
    const draft = draftOf('lcrb-2012-07-20-minutes');
    expect(draft.meeting?.date).toBe('2012-07-20');
    expect(draft.warnings.join(' ')).toMatch(/Monday 20 July 2012.*Friday/);
  });

  it('splits attendee lines that run role, name and organisation together', () => {
    const draft = draftOf('lcrb-2012-07-20-minutes');
    expect(draft.attendees.find((a) => a.name === 'Nick Walkley')).toMatchObject({
      role: 'Chief Executive',
      org: 'LB Barnet/London Councils',
    });
  });

  it("finds no action in 'The Action Plan', 'Youth Action Plan' or 'agree actions and outcomes'", () => {
    const draft = draftOf('lcrb-2021-02-02-minutes');
    expect(all(draft).filter((a) => a.kind === 'explicit')).toEqual([]);
    expect(draft.meeting?.date).toBe('2021-02-02');
  });

  it('splits the glued Officers line into four people, and warns', () => {
    const draft = draftOf('lcrb-dmg-2020-12-07-public-record');
    for (const [name, org] of [
      ['James Bennett', 'MPS'],
      ['Gemma Deadman', 'MOPAC'],
      ['Edward Wardley', 'MOPAC'],
      ['Tony Hawker', 'MOPAC'],
    ])
      expect(draft.attendees.find((a) => a.name === name)?.org).toBe(org);
    expect(draft.warnings.join(' ')).toMatch(/ran 4 names together/);
  });

  it("finds no action in 'All the actions from the October LCRB' or the Mayor's Action Plan", () => {
    const draft = draftOf('lcrb-dmg-2020-12-07-public-record');
    expect(all(draft).filter((a) => a.kind === 'explicit')).toEqual([]);
  });

  it('keeps the parent board as the board of the next meeting named', () => {
    const draft = draftOf('lcrb-dmg-2020-12-07-public-record');
    expect(draft.nextMeeting?.board).toBe('London Crime Reduction Board');
  });

  it('recognises a committee report and takes no actions or suggestions from it', () => {
    const draft = draftOf('london-councils-leaders-2018-12-04-crime-and-policing-report');
    expect(draft.documentKind).toBe('report');
    expect(draft.actions).toEqual([]);
    expect(draft.warnings.join(' ')).toMatch(/committee report/);
  });

  it('never carries the email address or phone number in the report into the draft', () => {
    const draft = draftOf('london-councils-leaders-2018-12-04-crime-and-policing-report');
    const json = JSON.stringify(draft);
    expect(json).not.toMatch(/londoncouncils\.gov\.uk/i);
    expect(json).not.toMatch(/7934/);
  });
});
