import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mayReplaceRef } from '../../adapters/teams/conversation-ref.ts';
import { linkIdentity, listIdentities } from '../../src/register/people.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { aPerson } from '../support/builders.ts';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const ref = (serviceUrl: string, conversationId = 'a:chat-1') =>
  JSON.stringify({ serviceUrl, conversationId, tenantId: 't1', botId: '28:bot', userId: 'aad-1' });

describe.each(DIALECTS)('stored conversation references on %s', (dialect) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  async function storedAfter(first: string, next: string): Promise<string | null> {
    const person = await aPerson(t.db);
    const user = { platform: 'teams' as const, workspaceId: 't1', userId: 'aad-1' };
    await linkIdentity(t.db, { ...user, personId: person.id, conversationRef: first }, NOW);
    await linkIdentity(
      t.db,
      { ...user, personId: person.id, conversationRef: next },
      NOW,
      mayReplaceRef,
    );
    return (await listIdentities(t.db, person.id))[0]!.conversationRef;
  }

  it('keeps the stored reference when the new one is on another connector host', async () => {
    const first = ref('https://smba.trafficmanager.net/emea/');
    expect(await storedAfter(first, ref('https://evil.example/'))).toBe(first);
  });

  it('follows a move between regions on the same host', async () => {
    const next = ref('https://smba.trafficmanager.net/amer/', 'a:chat-2');
    expect(await storedAfter(ref('https://smba.trafficmanager.net/emea/'), next)).toBe(next);
  });
});
