import { afterEach, describe, expect, it } from 'vitest';
import { actionRefsForMessage } from '../../src/register/sent-messages.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';

const NOW = '2026-11-25T09:00:00.000Z';

describe.each(DIALECTS)('sent messages (%s)', (dialect) => {
  let t: TestDb;
  afterEach(() => t.close());

  async function sent(messageId: string, payload: string, state = 'sent', platform = 'slack') {
    await t.db
      .insertInto('outbox')
      .values({
        idempotency_key: `k:${messageId}:${state}:${platform}`,
        kind: 'reminder',
        platform,
        payload,
        state,
        not_before: NOW,
        next_attempt_at: NOW,
        created_at: NOW,
        message_id: messageId,
      })
      .execute();
  }

  it('finds the actions a delivered reminder listed', async () => {
    t = await openTestDb(dialect);
    await sent('D1:1.1', JSON.stringify({ actionRefs: ['lcrb-12', 'LCRB-14'], other: 1 }));
    expect(await actionRefsForMessage(t.db, 'slack', 'D1:1.1')).toEqual(['LCRB-12', 'LCRB-14']);
  });

  it('knows nothing of unsent, other-platform or unreadable messages', async () => {
    t = await openTestDb(dialect);
    await sent('D1:2.1', JSON.stringify({ actionRefs: ['LCRB-1'] }), 'pending');
    await sent('D1:3.1', JSON.stringify({ actionRefs: ['LCRB-1'] }), 'sent', 'teams');
    await sent('D1:4.1', 'not json');
    expect(await actionRefsForMessage(t.db, 'slack', 'D1:2.1')).toEqual([]);
    expect(await actionRefsForMessage(t.db, 'slack', 'D1:3.1')).toEqual([]);
    expect(await actionRefsForMessage(t.db, 'slack', 'D1:4.1')).toEqual([]);
    expect(await actionRefsForMessage(t.db, 'slack', 'nope')).toEqual([]);
  });
});
