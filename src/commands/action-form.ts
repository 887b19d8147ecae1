/**
 * The secretariat's add and edit forms (issue 16): pressing New action or Edit answers with an
 * ActionForm, which each adapter draws (a Slack modal, an Adaptive Card). The form offers the
 * board's people as owners and its upcoming meetings as due dates; what comes back is checked
 * with `actionFormValuesSchema` at the edge and again, field by field, in save-action-form.ts.
 */
import { z } from 'zod';
import type { Action, Board } from '../domain.ts';
import { PLATFORMS } from '../domain.ts';
import { formatDate } from '../dates.ts';
import type { ActionForm, ActionFormValues, FormChoice, FormIntent } from '../message.ts';
import { code, reply } from '../message.ts';
import { canRead, isSecretariat, type Actor } from '../access.ts';
import { getActionByRef } from '../register/actions.ts';
import { getBoard } from '../register/boards.ts';
import { listMeetings } from '../register/meetings.ts';
import { peopleOnBoard } from '../register/people.ts';
import type { UpdateOutcome } from './updating.ts';
import type { CommandContext } from './context.ts';
import { boardNamed, namesWithRole } from './targets.ts';

/** Upcoming meetings a form offers besides "next meeting"; further ones are typed as a date. */
const MEETING_CHOICES = 12;

export const NEXT_MEETING = 'next';
export const meetingChoice = (id: number): string => `meeting:${id}`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A submitted form's values, as an adapter read them from the platform's payload. */
export const actionFormValuesSchema: z.ZodType<ActionFormValues> = z.object({
  text: z.string().max(20_000),
  owners: z.array(z.string().max(20)).max(200),
  accounts: z
    .array(
      z.object({
        platform: z.enum(PLATFORMS),
        workspaceId: z.string().min(1).max(200),
        userId: z.string().min(1).max(200),
      }),
    )
    .max(100)
    .optional(),
  dueChoice: z.string().max(40).nullable(),
  dueDate: z.string().regex(ISO_DATE).nullable(),
  restricted: z.boolean(),
});

/** The board and, for an edit, the action, once the actor is known to be its secretariat. */
export type FormTarget =
  | { readonly ok: true; readonly board: Board; readonly action?: Action }
  | { readonly ok: false; readonly outcome: UpdateOutcome };

/**
 * Whose form it is: the secretariat of THAT board, whatever board the actor runs elsewhere.
 * Anyone who cannot see the action is told it does not exist, as `edit` tells them.
 */
export async function formTarget(
  ctx: CommandContext,
  actor: Actor,
  intent: FormIntent,
): Promise<FormTarget> {
  const refused = (message: ReturnType<typeof reply>): FormTarget => ({
    ok: false,
    outcome: { ok: false, reply: message },
  });
  if (intent.kind === 'new_action') {
    const board = await boardNamed(ctx.db, intent.board);
    if (!('id' in board)) return refused(board);
    if (!isSecretariat(actor, board.id)) {
      const names = await namesWithRole(ctx.db, board.id, 'secretariat');
      return refused(
        reply(`Only the secretariat of ${board.name} (${names}) can add actions to it.`),
      );
    }
    return { ok: true, board };
  }
  const action = await getActionByRef(ctx.db, intent.ref);
  if (!action || !canRead(actor, action)) {
    return refused(
      reply(`There is no action ${intent.ref}. Type `, code('mine'), ' for your actions.'),
    );
  }
  const board = (await getBoard(ctx.db, action.boardId))!;
  if (!isSecretariat(actor, board.id)) {
    const names = await namesWithRole(ctx.db, board.id, 'secretariat');
    return refused(
      reply(
        `Only the secretariat of ${board.name} (${names}) can change what ${action.ref} says, who owns it, when it is due or who sees it.`,
      ),
    );
  }
  return { ok: true, board, action };
}

/** The due choices of a board's form: its next meeting, then the ones after it. */
export async function dueChoices(
  ctx: CommandContext,
  board: Board,
  now: Date,
): Promise<FormChoice[]> {
  const upcoming = (await listMeetings(ctx.db, board.id)).filter((m) => new Date(m.startsAt) > now);
  const date = (startsAt: string) => formatDate(startsAt, board.timezone);
  return [
    {
      value: NEXT_MEETING,
      label: upcoming[0]
        ? `Next meeting (${date(upcoming[0].startsAt)})`
        : 'Next meeting (none set yet)',
    },
    ...upcoming
      .slice(0, MEETING_CHOICES)
      .map((m) => ({ value: meetingChoice(m.id), label: `Meeting of ${date(m.startsAt)}` })),
  ];
}

/** New action or Edit pressed: the form, or the refusal. Opening changes nothing. */
export async function openActionForm(
  ctx: CommandContext,
  actor: Actor,
  intent: FormIntent,
): Promise<UpdateOutcome> {
  const target = await formTarget(ctx, actor, intent);
  if (!target.ok) return target.outcome;
  const { board, action } = target;
  const now = ctx.clock.now();
  const people = (await peopleOnBoard(ctx.db, board.id)).map((p): FormChoice => ({
    value: String(p.id),
    label: p.name,
  }));
  const choices = await dueChoices(ctx, board, now);
  const owners = (action?.owners ?? []).flatMap((o) =>
    o.kind === 'person' ? [String(o.person.id)] : [],
  );
  const groups = (action?.owners ?? []).flatMap((o) => (o.kind === 'group' ? [o.name] : []));
  // An owner who has left the board is still offered, so saving does not drop them unasked.
  for (const o of action?.owners ?? []) {
    if (o.kind === 'person' && !people.some((p) => p.value === String(o.person.id)))
      people.push({ value: String(o.person.id), label: o.person.name });
  }
  const dueMeeting = action?.dueMeetingId ?? null;
  const due = !action
    ? { choice: NEXT_MEETING, date: null }
    : dueMeeting !== null && choices.some((c) => c.value === meetingChoice(dueMeeting))
      ? { choice: meetingChoice(dueMeeting), date: null }
      : { choice: null, date: action.dueDate };
  const form: ActionForm = {
    submit: action ? { kind: 'edit_action', ref: action.ref, version: action.version } : intent,
    title: action ? `Edit ${action.ref}` : `New action: ${board.refPrefix}`,
    boardName: board.name,
    text: action?.text ?? '',
    people,
    owners,
    groups,
    dueChoices: choices,
    due,
    restricted: action?.visibility === 'restricted',
  };
  const said = action
    ? `Edit ${action.ref} in the form.`
    : `Add an action to ${board.name} in the form.`;
  return { ok: true, reply: reply(said), form };
}
