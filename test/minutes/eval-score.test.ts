import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft, DraftAction } from '../../src/minutes/draft.ts';
import type { Expected } from '../../scripts/eval-minutes/schema.ts';
import { loadCorpus, stripSource } from '../../scripts/eval-minutes/load.ts';
import {
  addScores,
  dice,
  normaliseName,
  rates,
  scoreDocument,
  totals,
} from '../../scripts/eval-minutes/score.ts';

// The eval's scoring, on small hand-made drafts: each case is one way the importer can be wrong.
const expected: Expected = {
  source: 'https://example.org/minutes',
  split: 'tune',
  shape: 'markers',
  board: 'The Safer Borough Partnership',
  meeting: { date: '2019-02-04' },
  nextMeeting: { date: '2019-04-01' },
  attendees: [
    { name: 'Jane Smith', initials: 'JS' },
    { name: 'Tom Brown', initials: null },
    { name: 'Okafor', initials: null },
  ],
  apologies: [],
  actions: [
    {
      ref: '4.2',
      text: 'Circulate the revised terms of reference to members',
      owners: ['Jane Smith'],
      ownersAsWritten: 'JS',
      due: null,
    },
    {
      ref: '5.1',
      text: 'Write to the Home Office about the funding gap',
      owners: ['Clerk'],
      ownersAsWritten: 'Clerk',
      due: null,
    },
  ],
  closedRows: 0,
  implicit: [{ text: 'Report back on the youth diversion pilot', owner: 'Tom Brown' }],
  traps: [],
};

const action = (over: Partial<DraftAction>): DraftAction => ({
  ref: null,
  kind: 'explicit',
  text: 'x',
  ownersAsWritten: null,
  owners: [],
  ownerDetails: [],
  due: null,
  confidence: 0.9,
  flags: [],
  accepted: false,
  ...over,
});

const perfect = (): Draft => ({
  documentKind: 'minutes',
  board: 'Safer Borough Partnership',
  meeting: { date: '2019-02-04', time: null, location: null, board: null },
  nextMeeting: { date: '2019-04-01', time: null, location: null, board: null },
  attendees: [
    { name: 'Jane Smith', role: null, org: null, initials: 'JS' },
    { name: 'Tom Brown', role: 'Clerk', org: null, initials: null },
    { name: 'Cllr Ada Okafor', role: null, org: null, initials: null },
  ],
  apologies: [],
  actions: [
    action({
      text: 'circulate the revised terms of reference to members',
      owners: ['Jane Smith'],
      ownersAsWritten: 'JS',
    }),
    action({
      text: 'write to the Home Office about the funding gap',
      owners: ['Clerk'],
      ownersAsWritten: 'Clerk',
    }),
    action({
      kind: 'suggested',
      text: 'Tom Brown would report back on the youth diversion pilot',
      owners: ['Tom Brown'],
    }),
  ],
  warnings: [],
  source: null,
});

const rate = (draft: Draft) => rates(scoreDocument(draft, expected), 1);

describe('minutes eval scoring', () => {
  it('scores a perfect draft 1.0 everywhere, with nothing invented', () => {
    const r = rate(perfect());
    expect(r).toMatchObject({
      explicitRecall: 1,
      explicitPrecision: 1,
      ownerAccuracy: 1,
      inventedOwners: 0,
      implicitRecall: 1,
      implicitPrecision: 1,
      attendeeRecall: 1,
      attendeePrecision: 1,
      meetingDateAccuracy: 1,
      nextMeetingAccuracy: 1,
      boardAccuracy: 1,
    });
  });

  it('drops recall, not precision, when an action is missed', () => {
    const draft = perfect();
    draft.actions.splice(1, 1);
    const r = rate(draft);
    expect(r.explicitRecall).toBe(0.5);
    expect(r.explicitPrecision).toBe(1);
  });

  it('drops precision when an action is found that the minutes do not hold', () => {
    const draft = perfect();
    draft.actions.push(action({ text: 'The action plan was noted by the board' }));
    expect(rate(draft).explicitPrecision).toBeCloseTo(2 / 3);
  });

  it('does not pair an action with an unrelated one', () => {
    const draft = perfect();
    draft.actions = [
      action({ text: 'Note the quarterly performance report', owners: ['Jane Smith'] }),
    ];
    const s = scoreDocument(draft, expected);
    expect(s.explicit.matched).toBe(0);
    expect(s.owners.matched).toBe(0);
  });

  it('matches each expected action once, however many found actions resemble it', () => {
    const draft = perfect();
    draft.actions.push(action({ text: 'circulate the revised terms of reference', owners: [] }));
    const s = scoreDocument(draft, expected);
    expect(s.explicit.matched).toBe(2);
    expect(s.explicit.found).toBe(3);
  });

  it('counts an owner the text does not support as invented, and the owner as wrong', () => {
    const draft = perfect();
    draft.actions[0] = { ...draft.actions[0]!, owners: ['John Stone'] };
    const r = rate(draft);
    expect(r.ownerAccuracy).toBe(0.5);
    expect(r.inventedOwners).toBe(1);
  });

  it('counts any owner on an action whose minutes name none as invented', () => {
    const draft = perfect();
    const ownerless: Expected = {
      ...expected,
      actions: [{ ...expected.actions[0]!, owners: [], ownersAsWritten: null }],
    };
    const s = scoreDocument(draft, ownerless);
    expect(s.owners.invented).toBe(1);
    expect(s.owners.right).toBe(0);
  });

  it('accepts the owner as written when the minutes do not resolve it', () => {
    const draft = perfect();
    draft.actions[0] = { ...draft.actions[0]!, owners: [], ownersAsWritten: 'JS' };
    const s = scoreDocument(draft, {
      ...expected,
      actions: [{ ...expected.actions[0]!, owners: ['JS'] }],
    });
    expect(s.owners.right).toBe(1);
    expect(s.owners.invented).toBe(0);
  });

  it('matches a surname-only attendee by surname, and a wrong person not at all', () => {
    const draft = perfect();
    expect(scoreDocument(draft, expected).attendees.matched).toBe(3);
    draft.attendees[2] = { name: 'Ada Okonkwo', role: null, org: null, initials: null };
    const s = scoreDocument(draft, expected);
    expect(s.attendees.matched).toBe(2);
    expect(rates(s, 1).attendeePrecision).toBeCloseTo(2 / 3);
  });

  it('does not count a found action of the other kind: a suggestion is not an explicit action', () => {
    const draft = perfect();
    draft.actions[1] = { ...draft.actions[1]!, kind: 'suggested' };
    const r = rate(draft);
    expect(r.explicitRecall).toBe(0.5);
    expect(r.implicitPrecision).toBe(0.5);
  });

  it('tells a wrong board from a missing one, and ignores "The" and case', () => {
    const draft = perfect();
    draft.board = 'SAFER BOROUGH PARTNERSHIP';
    expect(scoreDocument(draft, expected).board).toMatchObject({ right: 1, wrong: 0, missing: 0 });
    draft.board = 'Agenda item';
    expect(scoreDocument(draft, expected).board).toMatchObject({ right: 0, wrong: 1, missing: 0 });
    draft.board = null;
    expect(scoreDocument(draft, expected).board).toMatchObject({ right: 0, wrong: 0, missing: 1 });
  });

  it('counts null against null as right for dates, and a date found where none is as wrong', () => {
    const draft = perfect();
    const undated: Expected = { ...expected, meeting: null, nextMeeting: null };
    draft.nextMeeting = null;
    const s = scoreDocument(draft, undated);
    expect(s.nextMeeting.right).toBe(1);
    expect(s.meetingDate.right).toBe(0);
  });

  it('adds documents up by counts, per split', () => {
    const good = scoreDocument(perfect(), expected);
    const empty = { ...perfect(), actions: [] };
    const bad = scoreDocument(empty, { ...expected, split: 'holdout' });
    const t = totals([
      { split: 'tune', score: good },
      { split: 'retired', score: good },
      { split: 'holdout', score: bad },
    ]);
    expect(t.tune.explicitRecall).toBe(1);
    expect(t.retired.explicitRecall).toBe(1);
    expect(t.retired.documents).toBe(1);
    expect(t.holdout.explicitRecall).toBe(0);
    expect(t.all.explicitRecall).toBeCloseTo(2 / 3);
    expect(t.all.documents).toBe(3);
    expect(addScores([good, bad]).explicit.expected).toBe(4);
  });

  it('compares action text by content words, so "the" and "to" do not make a match', () => {
    expect(dice('Circulate the paper', 'circulate paper')).toBe(1);
    expect(dice('to the of', 'Chair to write to the minister')).toBe(0);
  });

  it('reads the text without its Source line and the blank line after it', () => {
    expect(stripSource('Source: https://x.org/a\n\nMINUTES\nline')).toBe('MINUTES\nline');
    expect(stripSource('MINUTES\nline')).toBe('MINUTES\nline');
  });

  it('reports a malformed annotation or a missing text by name, and loads the rest', () => {
    const root = mkdtempSync(join(tmpdir(), 'corpus-'));
    try {
      mkdirSync(join(root, 'expected'));
      mkdirSync(join(root, 'minutes'));
      writeFileSync(join(root, 'expected', 'good.json'), JSON.stringify(expected));
      writeFileSync(join(root, 'minutes', 'good.txt'), 'Source: https://x.org/a\n\nMINUTES');
      writeFileSync(
        join(root, 'expected', 'no-split.json'),
        JSON.stringify({ ...expected, split: 'train' }),
      );
      writeFileSync(join(root, 'minutes', 'no-split.txt'), 'Source: https://x.org/b\n\nMINUTES');
      writeFileSync(join(root, 'expected', 'broken.json'), '{ "source": ');
      writeFileSync(join(root, 'expected', 'no-text.json'), JSON.stringify(expected));
      const corpus = loadCorpus(root);
      expect(corpus.documents.map((d) => [d.id, d.text])).toEqual([['good', 'MINUTES']]);
      expect(corpus.problems.map((p) => p.id)).toEqual(['broken', 'no-split', 'no-text']);
      expect(corpus.problems[1]!.problem).toMatch(/split/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('attendee names as the eval compares them', () => {
  it('keeps initials that spell a title', () => {
    expect(normaliseName('MS')).toBe('ms');
    expect(normaliseName('Ms Jane Doe')).toBe('jane doe');
  });

  it('compares accented names letter for letter', () => {
    expect(normaliseName('Aogán Ó Fearghaíl')).toBe('aogan o fearghail');
    expect(normaliseName('Aogán Ó Fearghaíl')).not.toBe(normaliseName('Aog N'));
  });
});
