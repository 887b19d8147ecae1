import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/context.ts';
import { handleText } from '../../src/commands/execute.ts';
import { parseCommand } from '../../src/commands/grammar.ts';
import { createDigestLinks } from '../../src/digest/links.ts';
import type { Person } from '../../src/domain.ts';
import { renderText } from '../../adapters/console/render.ts';
import { getActionByRef } from '../../src/register/actions.ts';
import { listHistory } from '../../src/register/history.ts';
import { cliActor } from '../support/builders.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { buildLcrb, type Lcrb } from '../digest/fixture.ts';

describe('the digest commands as typed', () => {
  it('reads digest with a board, the public edition, or neither', () => {
    expect(parseCommand('digest lcrb public')).toEqual({
      ok: true,
      command: { name: 'digest', board: 'lcrb', edition: 'public' },
    });
    expect(parseCommand('/actions digest')).toEqual({
      ok: true,
      command: { name: 'digest', edition: 'full' },
    });
    expect(parseCommand('digest public')).toEqual({
      ok: true,
      command: { name: 'digest', edition: 'public' },
    });
    expect(parseCommand('close-agreed LCRB')).toEqual({
      ok: true,
      command: { name: 'close-agreed', board: 'LCRB' },
    });
  });

  it('says what to type when digest is given too much', () => {
    expect(parseCommand('digest lcrb dmg')).toEqual({
      ok: false,
      hint: 'Name one board, and public for the public edition. Try: digest lcrb',
    });
  });
});

describe.each(DIALECTS)('digest, close-agreed and outstanding on %s', (dialect) => {
  let t: TestDb;
  let lcrb: Lcrb;
  let ctx: CommandContext;
  const as = async (key: string, line: string) =>
    renderText(await handleText(ctx, await cliActor(t.db, lcrb.people[key] as Person), line));
  beforeEach(async () => {
    t = await openTestDb(dialect);
    lcrb = await buildLcrb(t.db);
    ctx = {
      db: t.db,
      clock: lcrb.clock,
      digestLinks: createDigestLinks({
        secret: 'command-test-secret-command-test-secret',
        baseUrl: () => 'https://arising.example.org',
        clock: lcrb.clock,
      }),
    };
  });
  afterEach(async () => {
    await t.close();
  });

  it('gives the chair and the secretariat the digest, with links to the full log', async () => {
    for (const who of ['chair', 'secretariat']) {
      const text = await as(who, 'digest');
      expect(text).toContain(
        'Matters arising: London Crime Reduction Board, meeting of Wed 2 Dec 2026',
      );
      expect(text).toContain('Overdue or carried forward (2)');
      expect(text).toContain('LCRB-9');
      expect(text).toMatch(
        /Word: https:\/\/arising\.example\.org\/digests\?board=lcrb&meeting=\d+&format=docx&edition=full/,
      );
    }
  });

  it('gives the public edition when asked, saying how many restricted actions it left out', async () => {
    const text = await as('chair', 'digest lcrb public');
    expect(text).toContain('Public edition: 2 restricted actions are left out.');
    expect(text).not.toContain('LCRB-9');
    expect(text).toContain('edition=public');
  });

  it('refuses members the digest and tells them what they can type', async () => {
    const text = await as('jh', 'digest lcrb');
    expect(text).toBe(
      'The digest of London Crime Reduction Board is for its chair (Sadiq Khan) and secretariat (Gemma Townsend). Type `outstanding lcrb` for the open actions you can see.',
    );
  });

  it('says how to export the document when the service has no link signer', async () => {
    const text = renderText(
      await handleText(
        { db: t.db, clock: lcrb.clock },
        await cliActor(t.db, lcrb.people['secretariat']!),
        'digest lcrb',
      ),
    );
    expect(text).toContain(
      'arising digest lcrb --meeting 2026-12-02 --format docx --out action-log.docx',
    );
  });

  it('closes, in one step, every action complete when the last meeting began, with a history row each', async () => {
    const text = await as('secretariat', 'close-agreed');
    expect(text).toBe(
      'Closed 1 action of London Crime Reduction Board, as agreed at its meeting of 6 Oct 2026: LCRB-4. LCRB-5 became complete after the meeting began and waits for the next one.',
    );
    expect((await getActionByRef(t.db, 'LCRB-4'))?.status).toBe('closed');
    expect((await getActionByRef(t.db, 'LCRB-5'))?.status).toBe('complete');
    const history = await listHistory(t.db, lcrb.actions['terms']!.id);
    expect(history.at(-1)).toMatchObject({
      kind: 'status',
      statusFrom: 'complete',
      statusTo: 'closed',
      actorName: 'Gemma Townsend',
      note: 'Closure agreed by the board at its meeting of 6 Oct 2026.',
    });
    // After the December meeting, LCRB-5's closure is agreed in turn.
    lcrb.clock.set('2026-12-03T09:00:00.000Z');
    expect(await as('secretariat', 'close-agreed lcrb')).toContain(
      'as agreed at its meeting of 2 Dec 2026: LCRB-5.',
    );
    expect(await as('secretariat', 'close-agreed lcrb')).toBe(
      'Nothing to close: no action of London Crime Reduction Board was complete at its meeting of 2 Dec 2026.',
    );
  });

  it('lets only the secretariat record closures', async () => {
    for (const who of ['chair', 'tg']) {
      expect(await as(who, 'close-agreed lcrb')).toBe(
        "Only the secretariat of London Crime Reduction Board (Gemma Townsend) can record the board's agreement to close actions.",
      );
    }
    expect((await getActionByRef(t.db, 'LCRB-4'))?.status).toBe('complete');
  });

  it('shows the chair outstanding actions overdue and carried forward first, members without restricted ones', async () => {
    const chair = await as('chair', 'outstanding lcrb');
    const order = [...chair.matchAll(/\] (LCRB-\d+)/g)].map((m) => m[1]);
    expect(order).toEqual(['LCRB-3', 'LCRB-7', 'LCRB-1', 'LCRB-6', 'LCRB-9', 'LCRB-2', 'LCRB-10']);
    expect(chair).toContain(
      '7 outstanding: 2 overdue or carried forward, 3 in progress, 2 open; 2 with no owner.',
    );
    const member = await as('jh', 'outstanding lcrb');
    expect(member).toContain('2 restricted action(s) not shown.');
    expect(member).not.toContain('LCRB-9');
    expect(member).toContain(
      '5 outstanding: 2 overdue or carried forward, 2 in progress, 1 open; 1 with no owner.',
    );
  });
});
