/**
 * Every change of status or note, whatever the platform or gesture: a typed `update` or `note`,
 * a button, a form, a reply in a reminder's thread. All go through `updateAction`, so each is
 * checked and recorded the same way.
 *
 * A change costs five statements: the action read once with its board and due meeting, then
 * BEGIN, the UPDATE on its version, the history row, COMMIT (test/commands/statements.test.ts
 * holds it there). The reply's card is built from what the change already holds; the
 * secretariat's names are looked up only for a refusal that shows them.
 */
import type { Status } from '../domain.ts';
import { STATUS_LABELS } from '../domain.ts';
import type {
  ActionCard,
  ActionForm,
  ButtonIntent,
  FormField,
  FormIntent,
  Message,
} from '../message.ts';
import { paragraph, reply } from '../message.ts';
import { getActionByRef } from '../register/actions.ts';
import { actionInPlace, addNoteTo, setStatus } from '../register/status.ts';
import { buildCards, cardOf } from '../cards.ts';
import { canNote, canRead, canSetStatus, type Actor, type Permission } from '../access.ts';
import { checkPeopleText } from '../people-text.ts';
import type { CommandContext } from './context.ts';
import { mine, outstanding, show } from './reading.ts';
import { authorOf, cannotSee, namesWithRole, noSuchAction } from './targets.ts';

export interface UpdateRequest {
  readonly ref: string;
  /** null: a note only. */
  readonly status: Status | null;
  readonly note: string | null;
  /** The version on the button or form the actor pressed; omitted for typed commands. */
  readonly expectedVersion?: number;
  /**
   * The newest history row when an email link was made: a note bumps no version, so this is
   * what refuses a link after someone's note, or the same form submitted twice.
   */
  readonly expectedMark?: number;
}

export interface UpdateOutcome {
  readonly ok: boolean;
  readonly reply: Message;
  /** The action's card as it now stands, to refresh the message the actor pressed in place. */
  readonly card?: ActionCard;
  /**
   * The field a form's refusal is about (a note too long, an owner not linked), so the form
   * shows it there.
   */
  readonly refused?: 'note' | FormField;
  /** The add or edit form to open (New action, Edit pressed). */
  readonly form?: ActionForm;
}

/**
 * Reads of a typed command's action when another change lands between the read and the write.
 * A typed command names no version, so it applies to the action as it then stands; a button or
 * form names the version it showed and is refused instead.
 */
const TYPED_READS = 3;

/** The one path for every change of status or note, whatever the platform or gesture. */
export async function updateAction(
  ctx: CommandContext,
  actor: Actor,
  request: UpdateRequest,
): Promise<UpdateOutcome> {
  // Every note, from whichever gesture or platform, passes the one check before anything else.
  let note: string | null = null;
  if (request.note !== null) {
    const checked = checkPeopleText('note', request.note);
    if (!checked.ok) return { ok: false, reply: reply(checked.reply), refused: 'note' };
    note = checked.text || null;
  }
  const now = ctx.clock.now();
  const author = authorOf(actor);
  for (let read = 1; ; read++) {
    const found = await actionInPlace(ctx.db, request.ref);
    if (!found) return { ok: false, reply: noSuchAction(request.ref) };
    const { action } = found;
    if (!canRead(actor, action)) return { ok: false, reply: cannotSee(request.ref) };
    const { status } = request;
    const permission = (names: string): Permission =>
      status === null ? canNote(actor, action, names) : canSetStatus(actor, action, status, names);
    // The names appear only in a refusal: ask the register for them only then.
    if (!permission('').ok) {
      const refused = permission(await namesWithRole(ctx.db, action.boardId, 'secretariat'));
      if (!refused.ok) return { ok: false, reply: reply(refused.reason) };
    }

    const outcome =
      status === null
        ? await addNoteTo(ctx.db, action, note ?? '', author, now, request.expectedMark)
        : await setStatus(
            ctx.db,
            action,
            {
              status,
              note,
              ...(request.expectedVersion !== undefined
                ? { expectedVersion: request.expectedVersion }
                : {}),
              ...(request.expectedMark !== undefined ? { expectedMark: request.expectedMark } : {}),
            },
            author,
            now,
          );
    if (outcome.ok) {
      const card = cardOf(
        outcome.value.action,
        {
          board: found.board,
          dueMeeting: found.dueStartsAt === null ? undefined : { startsAt: found.dueStartsAt },
        },
        outcome.value.update,
        now,
        actor,
      );
      const said =
        status === null
          ? `Note added to ${action.ref}.`
          : `${action.ref} is now ${STATUS_LABELS[status].toLowerCase()}${note ? ', with your note' : ''}.`;
      const closure =
        status === 'complete'
          ? ' The board will be asked to agree its closure at the next meeting.'
          : '';
      return {
        ok: true,
        reply: { summary: said, blocks: [paragraph(said + closure), { kind: 'action', card }] },
        card,
      };
    }
    if (
      outcome.code === 'stale' &&
      request.expectedVersion === undefined &&
      request.expectedMark === undefined &&
      read < TYPED_READS
    ) {
      continue;
    }
    // Refused (stale, unchanged, gone): show the action as it now stands.
    const current = (await getActionByRef(ctx.db, request.ref)) ?? action;
    const [card] = await buildCards(ctx.db, [current], now, { actor });
    return {
      ok: false,
      reply: {
        summary: outcome.message,
        blocks: [paragraph(outcome.message), { kind: 'action', card: card! }],
      },
      card: card!,
    };
  }
}

/**
 * Carries out a button press. Notes come from the form the button opened, when it has one. The
 * add and edit forms are answered in execute.ts (action-form.ts, save-action-form.ts).
 */
export async function applyIntent(
  ctx: CommandContext,
  actor: Actor,
  intent: Exclude<ButtonIntent, FormIntent>,
  form?: {
    readonly status?: Status | null;
    readonly note?: string | null;
    readonly expectedMark?: number;
  },
): Promise<UpdateOutcome> {
  switch (intent.kind) {
    case 'set_status':
      return updateAction(ctx, actor, {
        ref: intent.ref,
        status: intent.status,
        note: form?.note ?? null,
        expectedVersion: intent.version,
      });
    case 'add_update': {
      const status = form?.status ?? null;
      const note = form?.note?.trim() || null;
      if (status === null && note === null) {
        return { ok: false, reply: reply('Choose a status or write a note, then submit again.') };
      }
      return updateAction(ctx, actor, {
        ref: intent.ref,
        status,
        note,
        ...(status ? { expectedVersion: intent.version } : {}),
        ...(form?.expectedMark !== undefined ? { expectedMark: form.expectedMark } : {}),
      });
    }
    case 'attach_note':
      return updateAction(ctx, actor, {
        ref: intent.ref,
        status: form?.status ?? null,
        note: form?.note ?? null,
      });
    case 'show': {
      const message = await show(ctx, actor, intent.ref);
      return { ok: true, reply: message };
    }
    case 'outstanding':
      // The same command as typed, so membership and restricted actions are checked the same way.
      return {
        ok: true,
        reply: await outstanding(ctx, actor, { name: 'outstanding', board: intent.board }),
      };
    // The list is read again for whoever pressed: the button says where, never what they see.
    case 'page': {
      const message =
        intent.view === 'mine'
          ? await mine(ctx, actor, intent.offset)
          : await outstanding(
              ctx,
              actor,
              {
                name: 'outstanding',
                ...(intent.board ? { board: intent.board } : {}),
                ...(intent.filter ? { filter: intent.filter } : {}),
              },
              intent.offset,
            );
      return { ok: true, reply: message };
    }
  }
}
