/**
 * The London Crime Reduction Board register the digest tests read: real action texts from
 * seeds/minutes (2010 and 2012 LCRB minutes) and names from seeds/expected, with a realistic mix
 * of statuses and updates, built at fixed times so every rendering is deterministic.
 *
 * Meetings: 10 Mar, 16 Jun, 6 Oct (the last) and 2 Dec 2026 (the next). "Now" is 25 Nov 2026.
 */
import type { Action, Board, Meeting, Person, Status } from '../../src/domain.ts';
import {
  addAction,
  addNote,
  carryForward,
  changeStatus,
  type OwnerInput,
} from '../../src/register/actions.ts';
import { createBoard } from '../../src/register/boards.ts';
import { SYSTEM_AUTHOR, type Author } from '../../src/register/history.ts';
import { addMeeting } from '../../src/register/meetings.ts';
import { addMembership, createPerson } from '../../src/register/people.ts';
import type { Db } from '../../src/register/tx.ts';
import { FakeClock } from '../support/clock.ts';

export const NOW = '2026-11-25T09:00:00.000Z';

export interface Lcrb {
  readonly board: Board;
  readonly clock: FakeClock;
  readonly meetings: {
    readonly march: Meeting;
    readonly june: Meeting;
    readonly last: Meeting;
    readonly next: Meeting;
  };
  readonly people: Readonly<Record<string, Person>>;
  readonly actions: Readonly<Record<string, Action>>;
}

const PEOPLE = [
  ['chair', 'Sadiq Khan', null, 'Mayor of London', 'chair'],
  ['secretariat', 'Gemma Townsend', null, 'London Councils', 'secretariat'],
  ['tg', 'Tim Godwin', 'TG', 'MPS', 'member'],
  ['jh', 'Jane Harwood', 'JH', 'MPA', 'member'],
  ['cs', 'Christian Steenberg', null, "Mayor's Office for Policing & Crime", 'member'],
  ['ns', 'Naomi Simpson', null, "Mayor's Office for Policing & Crime", 'member'],
  ['nw', 'Nick Walkley', null, 'LB Barnet/London Councils', 'member'],
  ['sr', 'Steven Rodhouse', null, 'Metropolitan Police Service', 'member'],
  ['sl', 'Sophie Linden', null, null, 'member'],
] as const;

/** Every fixture person's email, to prove none reaches a digest. */
export const emailOf = (key: string) => `${key}.owner@london.gov.example`;

export async function buildLcrb(db: Db): Promise<Lcrb> {
  const clock = new FakeClock('2026-03-01T09:00:00.000Z');
  const board = await createBoard(
    db,
    { slug: 'lcrb', name: 'London Crime Reduction Board', refPrefix: 'LCRB' },
    clock.now(),
  );
  const meeting = (startsAt: string, location: string) =>
    addMeeting(db, { boardId: board.id, startsAt: new Date(startsAt), location }, clock.now());
  const meetings = {
    march: await meeting('2026-03-10T15:00:00.000Z', 'City Hall, GLA'),
    june: await meeting('2026-06-16T14:00:00.000Z', 'City Hall, GLA'),
    last: await meeting('2026-10-06T14:00:00.000Z', 'City Hall, GLA'),
    next: await meeting('2026-12-02T16:00:00.000Z', 'City Hall, Kamal Chunchie Way'),
  };
  const people: Record<string, Person> = {};
  for (const [key, name, initials, organisation, role] of PEOPLE) {
    people[key] = await createPerson(
      db,
      { name, initials, organisation, email: emailOf(key), title: null },
      clock.now(),
    );
    await addMembership(db, board.id, people[key]!.id, role);
  }
  const as = (key: string): Author => ({
    personId: people[key]!.id,
    name: people[key]!.name,
    source: 'slack',
  });
  const secretariat = as('secretariat');

  const actions: Record<string, Action> = {};
  const add = async (
    key: string,
    at: string,
    input: {
      text: string;
      minuteRef?: string;
      owners?: OwnerInput[];
      raised: Meeting;
      due?: Meeting;
      dueDate?: string;
      restricted?: boolean;
    },
  ) => {
    actions[key] = await addAction(
      db,
      {
        boardId: board.id,
        text: input.text,
        minuteRef: input.minuteRef ?? null,
        owners: input.owners ?? [],
        raisedAtMeetingId: input.raised.id,
        dueMeetingId: input.due?.id ?? null,
        dueDate: input.dueDate ?? null,
        visibility: input.restricted ? 'restricted' : 'public',
      },
      SYSTEM_AUTHOR,
      new Date(at),
    );
  };
  const status = async (key: string, to: Status, at: string, who: Author, note?: string) => {
    const changed = await changeStatus(
      db,
      { id: actions[key]!.id, status: to, note: note ?? null },
      who,
      new Date(at),
    );
    if (!changed.ok) throw new Error(changed.message);
  };
  const p = (key: string): OwnerInput => ({ personId: people[key]!.id });

  // LCRB-1: in progress, updated since the last meeting.
  await add('payment', '2026-10-07T09:00:00.000Z', {
    minuteRef: '4.20',
    text: 'Bring back a full explanation and proposal on a pan-London payment by results incentive scheme for reducing re-offending to the next meeting, including the risks and financial requirements.',
    owners: [p('tg')],
    raised: meetings.last,
    due: meetings.next,
  });
  await status(
    'payment',
    'in_progress',
    '2026-11-10T11:30:00.000Z',
    as('tg'),
    'Costed options agreed with the Home Office; paper to follow.',
  );

  // LCRB-2: no owner named in the minutes, no update.
  await add('priorities', '2026-10-07T09:00:00.000Z', {
    minuteRef: '4.22',
    text: 'Suggested list of priorities to be brought to the next meeting.',
    raised: meetings.last,
    due: meetings.next,
  });

  // LCRB-3: carried forward twice.
  await add('recidivism', '2026-03-11T09:00:00.000Z', {
    minuteRef: '4.23',
    text: 'Pursue a pan-London strategy to challenge recidivism and explore the incentivisation to do so; develop a pan-London database around the common cohort of families; consider how to lever-in the relevant agencies.',
    owners: [{ group: 'Commissioning Group' }],
    raised: meetings.march,
    due: meetings.june,
  });
  for (const [to, at] of [
    [meetings.last, '2026-06-17T06:00:00.000Z'],
    [meetings.next, '2026-10-07T06:00:00.000Z'],
  ] as const) {
    const carried = await carryForward(
      db,
      actions['recidivism']!.id,
      to.id,
      `to ${to.startsAt.slice(0, 10)}`,
      SYSTEM_AUTHOR,
      new Date(at),
    );
    if (!carried.ok) throw new Error(carried.message);
  }

  // LCRB-4: complete before the last meeting, awaiting the board's agreement.
  await add('terms', '2026-06-17T09:00:00.000Z', {
    minuteRef: '3.4',
    text: 'Formalise the terms of reference, accountabilities and decision making processes after the meeting.',
    owners: [p('secretariat')],
    raised: meetings.june,
    due: meetings.last,
  });
  await status(
    'terms',
    'complete',
    '2026-09-20T10:00:00.000Z',
    secretariat,
    'Terms of reference agreed by correspondence and published.',
  );

  // LCRB-5: complete since the last meeting.
  await add('boards', '2026-10-07T09:00:00.000Z', {
    text: "Look into hosting both 'Reducing Re-offending' and 'Health & Crime' Challenge Boards.",
    owners: [p('cs')],
    raised: meetings.last,
    due: meetings.next,
  });
  await status(
    'boards',
    'complete',
    '2026-11-18T15:45:00.000Z',
    as('cs'),
    'MOPAC will host both boards from January.',
  );

  // LCRB-6: in progress, but nothing heard since before the last meeting; a hostile note.
  await add('groups', '2026-06-17T09:00:00.000Z', {
    text: "Continue to coordinate the establishment of the 'Task and Finish Groups'.",
    owners: [p('ns')],
    raised: meetings.june,
    due: meetings.next,
  });
  await status(
    'groups',
    'in_progress',
    '2026-09-01T08:15:00.000Z',
    as('ns'),
    '=HYPERLINK("http://evil.example/x","Task and Finish Groups list")',
  );

  // LCRB-7: overdue by date, owned by a group.
  await add('gangs', '2026-10-07T09:00:00.000Z', {
    minuteRef: '5',
    text: 'Re-structure the draft pan-London anti-gangs strategy in line with the MOPAC vision before circulating it for wider consultation, for sign-off at the next LCRB.',
    owners: [{ group: 'MOPAC officers' }],
    raised: meetings.last,
    dueDate: '2026-11-13',
  });
  await addNote(
    db,
    actions['gangs']!.id,
    'Draft circulated to officers; sign-off has slipped.',
    secretariat,
    new Date('2026-10-20T12:00:00.000Z'),
  );

  // LCRB-8: dropped since the last meeting.
  await add('asb', '2026-06-17T09:00:00.000Z', {
    minuteRef: '3b',
    text: 'Arrange a workshop which produces an action list of who is doing what on tackling ASB; reinvigorate the Heads of Community Safety Group; produce a roadmap which identifies key priorities.',
    owners: [p('nw')],
    raised: meetings.june,
    due: meetings.next,
  });
  await status(
    'asb',
    'dropped',
    '2026-10-28T09:30:00.000Z',
    secretariat,
    'Superseded by the London Councils ASB review.',
  );

  // LCRB-9: restricted, in progress, a note with markup in it.
  await add('roadmap', '2026-10-07T09:00:00.000Z', {
    minuteRef: '3b',
    text: 'Produce a roadmap of partner actions to reduce gang offending; establish a partnership work-plan on prevention and diversion; map interventions and what works.',
    owners: [p('sr'), p('tg')],
    raised: meetings.last,
    due: meetings.next,
    restricted: true,
  });
  await status(
    'roadmap',
    'in_progress',
    '2026-11-20T16:00:00.000Z',
    as('sr'),
    '<b>Draft roadmap</b> shared with partners & CPS <!channel>',
  );

  // LCRB-10: restricted, unassigned, no update.
  await add('mapping', '2026-10-07T09:00:00.000Z', {
    text: 'Mapping exercise to be completed with partners which looks at proposed money spent and desired outcomes. This should be reported back to the LCRB once completed.',
    raised: meetings.last,
    due: meetings.next,
    restricted: true,
  });

  // LCRB-11: closed long ago (not in the digest). LCRB-12: dropped before the last meeting.
  await add('youth', '2026-03-11T09:00:00.000Z', {
    text: 'Finalise and launch the Youth Action Plan and then begin delivery against its objectives.',
    owners: [p('sl')],
    raised: meetings.march,
    due: meetings.june,
  });
  await status('youth', 'complete', '2026-05-01T09:00:00.000Z', as('sl'));
  await status('youth', 'closed', '2026-06-16T16:00:00.000Z', secretariat, 'Closure agreed.');
  await add('challenge', '2026-03-11T09:00:00.000Z', {
    text: "Look into hosting a 'Health & Crime' Challenge Board on its own.",
    owners: [p('cs')],
    raised: meetings.march,
    due: meetings.june,
  });
  await status(
    'challenge',
    'dropped',
    '2026-07-01T09:00:00.000Z',
    secretariat,
    'Folded into LCRB-5.',
  );

  // Naomi Simpson's reminders for the next meeting could not be delivered.
  await db
    .insertInto('outbox')
    .values({
      idempotency_key: `reminder:person=${people['ns']!.id}:meeting=${meetings.next.id}:lead=7d`,
      kind: 'reminder',
      board_id: board.id,
      meeting_id: meetings.next.id,
      person_id: people['ns']!.id,
      platform: 'teams',
      recipient: null,
      payload: '{}',
      state: 'undeliverable',
      attempts: 3,
      not_before: '2026-11-25T09:00:00.000Z',
      next_attempt_at: '2026-11-25T09:00:00.000Z',
      last_error: 'user not found',
      created_at: '2026-11-24T09:00:00.000Z',
    })
    .execute();

  clock.set(NOW);
  return { board, clock, meetings, people, actions };
}
