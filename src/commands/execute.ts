/**
 * Executes commands for an actor and answers with a neutral Message. Written once for every
 * platform: adapters identify the actor, call in, and render what comes back.
 *
 * This is the dispatcher; the commands live by what they do: reading.ts (mine, boards, show,
 * outstanding), updating.ts (every change of status or note, and buttons), managing.ts (add,
 * assign), digest.ts (digest, close-agreed), unlink.ts.
 */
import type { ActionFormValues, ButtonIntent, Message } from '../message.ts';
import type { Status } from '../domain.ts';
import { code, reply } from '../message.ts';
import type { Actor } from '../access.ts';
import { chase } from './chase.ts';
import { editCommand } from './edit.ts';
import type { CommandContext } from './context.ts';
import { closeAgreed, digest } from './digest.ts';
import { parseCommand, type Command } from './grammar.ts';
import { helpMessage } from './help.ts';
import { addToRegister, assignOwners } from './managing.ts';
import { mine, outstanding, show, yourBoards } from './reading.ts';
import { unlinkUser } from './unlink.ts';
import { applyIntent as applyButton, updateAction, type UpdateOutcome } from './updating.ts';
import { openActionForm } from './action-form.ts';
import { saveActionForm } from './save-action-form.ts';

// What adapters and the core import from here, wherever it now lives.
export { updateAction, type UpdateOutcome, type UpdateRequest } from './updating.ts';

/** What a form sends back with its button's intent: a status and note, or the action form. */
export interface FormInput {
  readonly status?: Status | null;
  readonly note?: string | null;
  /** The email page's history mark (src/email-links): a later history row refuses the form. */
  readonly expectedMark?: number;
  readonly action?: ActionFormValues;
}

/**
 * Carries out a button press. New action and Edit open their form, and the form's Submit (the
 * same intent, with the form's values) saves it; every other intent is a change or a read.
 */
export async function applyIntent(
  ctx: CommandContext,
  actor: Actor,
  intent: ButtonIntent,
  form?: FormInput,
): Promise<UpdateOutcome> {
  if (intent.kind === 'new_action' || intent.kind === 'edit_action') {
    return form?.action
      ? saveActionForm(ctx, actor, intent, form.action)
      : openActionForm(ctx, actor, intent);
  }
  return applyButton(ctx, actor, intent, form);
}

/** Parses and executes one line typed by the actor. Bad input gets a hint, never an exception. */
export async function handleText(
  ctx: CommandContext,
  actor: Actor,
  text: string,
): Promise<Message> {
  const parsed = parseCommand(text);
  if (!parsed.ok) return reply(parsed.hint);
  return executeCommand(ctx, actor, parsed.command);
}

export async function executeCommand(
  ctx: CommandContext,
  actor: Actor,
  command: Command,
): Promise<Message> {
  switch (command.name) {
    case 'help':
      return helpMessage(command.topic, actor.source);
    case 'mine':
      return mine(ctx, actor, (command.from ?? 1) - 1);
    case 'boards':
      return yourBoards(ctx, actor);
    case 'show':
      return show(ctx, actor, command.ref);
    case 'update':
      return (
        await updateAction(ctx, actor, {
          ref: command.ref,
          status: command.status,
          note: command.note ?? null,
        })
      ).reply;
    case 'note':
      return (
        await updateAction(ctx, actor, { ref: command.ref, status: null, note: command.text })
      ).reply;
    case 'outstanding':
      return outstanding(ctx, actor, command, (command.from ?? 1) - 1);
    case 'link':
      return reply(
        'link connects a Slack or Teams account, so it is typed there: in Slack ',
        code('/actions link @someone "Tim Godwin"'),
        ', in Teams ',
        code('@Matters Arising link @someone "Tim Godwin"'),
        '. The local chat has no accounts to link.',
      );
    case 'edit':
    case 'restrict':
    case 'publish':
      return editCommand(ctx, actor, command);
    case 'add':
      return addToRegister(ctx, actor, command);
    case 'assign':
      return assignOwners(ctx, actor, command.ref, command.owners);
    case 'digest':
      return digest(ctx, actor, command.board, command.edition);
    case 'close-agreed':
      return closeAgreed(ctx, actor, command.board);
    case 'unlink':
      return unlinkUser(ctx, actor, command.person, command.platform);
    case 'chase':
      return chase(ctx, actor, command.target);
  }
}
