/**
 * The secretariat's add and edit form as a Slack modal, drawn from the core's ActionForm: the
 * text; owners from the board's people (a multi_static_select: many owners have no Slack
 * account) and by Slack account (a multi_users_select, mapped to register people on submit);
 * the due meeting or a date; restricted. The form's submit intent and where it was opened
 * travel in private_metadata (kept by Slack, handed back on submission).
 *
 * People's text goes into plain_text, which Slack never parses; the one mrkdwn line escapes
 * and neutralises what it quotes (render.ts).
 */
import type {
  InputBlock,
  KnownBlock,
  ModalView,
  PlainTextElement,
  PlainTextOption,
} from '@slack/types';
import type { ActionForm, FormChoice, FormField } from '../../src/message.ts';
import type { Origin } from './payloads.ts';
import { neutralMrkdwn } from './render.ts';

export const ACTION_MODAL_ID = 'action_form';

/** Slack's limits on a modal's parts (Block Kit reference). */
const MAX_OPTIONS = 100;
const OPTION_TEXT = 75;
const TITLE = 24;

/** The block (and action) id of each field; a refusal names one to show it under. */
export const FIELD_BLOCKS: Readonly<Record<FormField, string>> = {
  text: 'text',
  owners: 'owners',
  accounts: 'accounts',
  due: 'due',
};
export const DUE_DATE_BLOCK = 'due_date';
export const RESTRICTED_BLOCK = 'restricted';
export const RESTRICTED_VALUE = 'restricted';

const plain = (text: string, max = 2000): PlainTextElement => ({
  type: 'plain_text',
  text: (text || ' ').length > max ? `${text.slice(0, max - 1)}…` : text || ' ',
  emoji: false,
});

const option = (c: FormChoice): PlainTextOption => ({
  text: plain(c.label, OPTION_TEXT),
  value: c.value,
});

export function actionModal(form: ActionForm, origin: Origin): ModalView {
  // The owners come first, so a board past the menu's limit never drops one on Save.
  const chosen = form.people.filter((p) => form.owners.includes(p.value)).slice(0, MAX_OPTIONS);
  const people = [...chosen, ...form.people.filter((p) => !form.owners.includes(p.value))].slice(
    0,
    MAX_OPTIONS,
  );
  const dueNow = form.dueChoices.find((c) => c.value === form.due.choice);
  const restrictedOption = option({
    value: RESTRICTED_VALUE,
    label: 'Restricted: left out of the public edition',
  });
  const inputs: InputBlock[] = [
    {
      type: 'input',
      block_id: FIELD_BLOCKS.text,
      label: plain('What is to be done'),
      element: {
        type: 'plain_text_input',
        action_id: FIELD_BLOCKS.text,
        multiline: true,
        max_length: 1000,
        ...(form.text ? { initial_value: form.text } : {}),
      },
    },
    {
      type: 'input',
      block_id: FIELD_BLOCKS.owners,
      optional: true,
      label: plain(`Owners from ${form.boardName}`, 150),
      ...(people.length < form.people.length
        ? { hint: plain(`The first ${MAX_OPTIONS} people are listed; pick others below.`) }
        : {}),
      element: {
        type: 'multi_static_select',
        action_id: FIELD_BLOCKS.owners,
        placeholder: plain('Choose people'),
        // Never empty: the secretariat filling it in sits on the board.
        options: people.map(option),
        ...(chosen.length ? { initial_options: chosen.map(option) } : {}),
      },
    },
    {
      type: 'input',
      block_id: FIELD_BLOCKS.accounts,
      optional: true,
      label: plain('Owners by Slack account'),
      hint: plain('Each must be linked to someone in the register.'),
      element: {
        type: 'multi_users_select',
        action_id: FIELD_BLOCKS.accounts,
        placeholder: plain('Choose people in Slack'),
      },
    },
    {
      type: 'input',
      block_id: FIELD_BLOCKS.due,
      optional: true,
      label: plain('Due at'),
      element: {
        type: 'static_select',
        action_id: FIELD_BLOCKS.due,
        placeholder: plain('Choose a meeting'),
        options: form.dueChoices.slice(0, MAX_OPTIONS).map(option),
        ...(dueNow ? { initial_option: option(dueNow) } : {}),
      },
    },
    {
      type: 'input',
      block_id: DUE_DATE_BLOCK,
      optional: true,
      label: plain('Or due by a date'),
      hint: plain('A date here wins over the meeting above.'),
      element: {
        type: 'datepicker',
        action_id: DUE_DATE_BLOCK,
        ...(form.due.date ? { initial_date: form.due.date } : {}),
      },
    },
    {
      type: 'input',
      block_id: RESTRICTED_BLOCK,
      optional: true,
      label: plain('Who sees it'),
      element: {
        type: 'checkboxes',
        action_id: RESTRICTED_BLOCK,
        options: [restrictedOption],
        ...(form.restricted ? { initial_options: [restrictedOption] } : {}),
      },
    },
  ];
  const context: KnownBlock[] = form.groups.length
    ? [
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: `*Group owners kept as they are:* ${form.groups.map(neutralMrkdwn).join(', ')}`,
            },
          ],
        },
      ]
    : [];
  return {
    type: 'modal',
    callback_id: ACTION_MODAL_ID,
    private_metadata: JSON.stringify({ intent: form.submit, origin }),
    title: plain(form.title, TITLE),
    submit: plain(form.submit.kind === 'new_action' ? 'Add' : 'Save'),
    close: plain('Cancel'),
    blocks: [...inputs.slice(0, 3), ...context, ...inputs.slice(3)],
  };
}
