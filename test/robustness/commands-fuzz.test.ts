/**
 * Bad input fuzzing: whatever a person types, the parser and the command core answer with a
 * reply, never a crash, and a refusal never half-writes.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/grammar.ts';
import { handleText } from '../../src/commands/execute.ts';
import type { Actor } from '../../src/access.ts';
import { listActions } from '../../src/register/actions.ts';
import { openTestDb, type TestDb } from '../support/db.ts';
import { FakeClock } from '../support/clock.ts';
import { aBoard, aMeeting, aPerson, anAction, cliActor } from '../support/builders.ts';

const WORDS = [
  'help',
  'mine',
  'show',
  'update',
  'done',
  'note',
  'outstanding',
  'add',
  'assign',
  'boards',
  'LCRB-1',
  'lcrb',
  'in progress',
  'complete',
  'dropped',
  '"',
  '“',
  'group:',
  'due',
  'none',
  ',',
  'and',
  'TG',
];
const typed = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc
    .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 })), { maxLength: 8 })
    .map((w) => w.join(' ')),
);

describe('fuzzing the command line', () => {
  it('parses any text to a command or a non-empty hint, never throwing', () => {
    fc.assert(
      fc.property(typed, (line) => {
        const parsed = parseCommand(line);
        if (!parsed.ok) expect(parsed.hint.length).toBeGreaterThan(10);
      }),
      { numRuns: 2000 },
    );
  });

  describe('executing', () => {
    let t: TestDb;
    let owner: Actor;
    let secretariat: Actor;
    beforeAll(async () => {
      t = await openTestDb('sqlite');
      const board = await aBoard(t.db, { slug: 'lcrb', refPrefix: 'LCRB' });
      await aMeeting(t.db, board, '2026-12-08T10:00:00Z');
      const tg = await aPerson(t.db, { name: 'Tim Godwin', initials: 'TG', board });
      await anAction(t.db, board, { owners: [tg] });
      owner = await cliActor(t.db, tg);
      secretariat = await cliActor(
        t.db,
        await aPerson(t.db, { name: 'Gemma Townsend', board, role: 'secretariat' }),
      );
    });
    afterAll(async () => {
      await t.close();
    });

    it('answers any text with a message and never crashes, for an owner and the secretariat', async () => {
      const ctx = { db: t.db, clock: new FakeClock() };
      await fc.assert(
        fc.asyncProperty(typed, fc.boolean(), async (line, asSecretariat) => {
          const message = await handleText(ctx, asSecretariat ? secretariat : owner, line);
          expect(message.summary.length).toBeGreaterThan(0);
          expect(message.blocks.length).toBeGreaterThan(0);
        }),
        { numRuns: 300 },
      );
      // Whatever was typed, every action still has its owners list and a valid status.
      for (const action of await listActions(t.db)) {
        expect(['open', 'in_progress', 'complete', 'closed', 'dropped']).toContain(action.status);
      }
    });
  });
});
