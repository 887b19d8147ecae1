/**
 * Every kind of message the bot sends, made by the real code paths over a register with a long
 * list (60 actions for one owner) and people's text full of markup: the replies to each command,
 * the next pages, a button's answer, the reminders, the digest with its document links, the
 * minutes review and the link notice. The card tests render each one for Slack and Teams.
 */
import { readFileSync } from 'node:fs';
import type { Message } from '../../src/message.ts';
import { createCore } from '../../src/core.ts';
import { createDigestLinks } from '../../src/digest/links.ts';
import { helpMessage } from '../../src/commands/help.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';
import { reviewMessage } from '../../src/minutes/review.ts';
import { renderNotice } from '../../src/reminders/message.ts';
import { actorFor } from '../../src/access.ts';
import { FakeClock } from '../support/clock.ts';
import { openTestDb } from '../support/db.ts';
import { aBoard, aMeeting, aPerson, anAction } from '../support/builders.ts';

/** People's text that would be markup, a mention or a link if any renderer trusted it. */
export const HOSTILE =
  '<at>Everyone</at> <!channel> *bold* _it_ ~x~ `code` [click](https://evil.example/x) &amp; <b>tag</b> # Heading';

export const LINK_BASE = 'https://arising.example.org';

export interface Sample {
  readonly name: string;
  readonly message: Message;
}

export async function gatherMessages(): Promise<{ samples: Sample[]; close: () => Promise<void> }> {
  const t = await openTestDb('sqlite');
  const db = t.db;
  const clock = new FakeClock(new Date('2026-11-25T09:00:00.000Z'));
  const digestLinks = createDigestLinks({
    secret: 'card-test-secret-which-is-long-enough',
    baseUrl: () => LINK_BASE,
    clock,
  });
  const core = createCore(db, clock, { digestLinks });
  const board = await aBoard(db, {
    slug: 'lcrb',
    name: 'London Crime Reduction Board',
    refPrefix: 'LCRB',
  });
  const last = await aMeeting(db, board, '2026-10-07T15:00:00.000Z');
  const next = await aMeeting(db, board, '2026-12-02T16:00:00.000Z');
  void last;
  const owner = await aPerson(db, { name: 'Tim Godwin', initials: 'TG', board, role: 'member' });
  const secretariat = await aPerson(db, { name: 'Gemma Townsend', board, role: 'secretariat' });
  const chair = await aPerson(db, { name: 'Sophie Linden', board, role: 'chair' });
  const actions = [];
  for (let i = 0; i < 60; i++) {
    actions.push(
      await anAction(db, board, {
        owners: [owner],
        text:
          i % 7 === 0
            ? `${HOSTILE} ${'long text '.repeat(40)}`
            : `Action number ${i + 1}: ${HOSTILE}`,
        due: i % 3 === 0 ? null : next,
        dueDate: i % 3 === 0 ? '2026-11-20' : null,
        minuteRef: `4.${i + 1}`,
        status: i % 5 === 0 ? 'in_progress' : 'open',
        visibility: i % 11 === 0 ? 'restricted' : 'public',
      }),
    );
  }
  await anAction(db, board, { owners: ['MOPAC officers'], text: `Unowned: ${HOSTILE}`, due: next });
  const asOwner = await actorFor(db, owner, 'teams');
  const asSecretariat = await actorFor(db, secretariat, 'teams');
  const asChair = await actorFor(db, chair, 'teams');
  const first = actions[1]!;
  await core.handleText(asOwner, `note ${first.ref} ${HOSTILE}`);

  const samples: Sample[] = [];
  const add = (name: string, message: Message) => samples.push({ name, message });
  add('help (teams)', await core.handleText(asOwner, 'help'));
  add('help (slack)', helpMessage(undefined, 'slack'));
  add('help on a command', await core.handleText(asOwner, 'help update'));
  add('unknown command', await core.handleText(asOwner, `frobnicate ${HOSTILE}`));
  add('mine, 60 actions', await core.handleText(asOwner, 'mine'));
  add(
    'mine, page 3',
    (await core.applyIntent(asOwner, { kind: 'page', view: 'mine', offset: 40 })).reply,
  );
  add('outstanding, chair', await core.handleText(asChair, 'outstanding lcrb'));
  add(
    'outstanding, page 2',
    (
      await core.applyIntent(asChair, {
        kind: 'page',
        view: 'outstanding',
        board: 'lcrb',
        offset: 20,
      })
    ).reply,
  );
  add('outstanding, member', await core.handleText(asOwner, 'outstanding'));
  add('show with history', await core.handleText(asOwner, `show ${first.ref}`));
  add(
    'update from a button',
    (
      await core.applyIntent(
        asOwner,
        { kind: 'set_status', ref: first.ref, status: 'complete', version: 2 },
        { note: HOSTILE },
      )
    ).reply,
  );
  add('update refused', await core.handleText(asOwner, `update ${actions[2]!.ref} closed`));
  add('boards', await core.handleText(asSecretariat, 'boards'));
  add('home', await core.home(asOwner));
  add('digest with links', await core.handleText(asSecretariat, 'digest lcrb'));
  add('digest, public', await core.handleText(asChair, 'digest lcrb public'));

  const row = { board_id: board.id, meeting_id: next.id, person_id: owner.id, recipient: null };
  const payload = { actionRefs: [], leadDays: 7, dueAt: next.startsAt };
  for (const topic of ['reminder', 'unowned', 'digest'] as const) {
    const rendered = await renderNotice(db, row, { ...payload, topic }, clock.now(), {
      digestLinks,
    });
    if (!rendered.ok) throw new Error(`${topic} notice: ${rendered.reason}`);
    add(`${topic} notice`, rendered.message);
  }
  const seed = readFileSync('seeds/minutes/lcrb-2021-02-02-minutes.txt', 'utf8');
  add(
    'minutes review',
    reviewMessage(parseMinutes(seed, { source: 'lcrb-2021-02-02-minutes.txt' })),
  );
  add('table', {
    summary: 'A table',
    blocks: [
      {
        kind: 'table',
        table: { caption: HOSTILE, columns: ['Ref', HOSTILE], rows: [['LCRB-1', HOSTILE]] },
      },
    ],
  });
  return { samples, close: () => t.close() };
}
