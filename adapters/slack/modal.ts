/**
 * The "Add update" modal: an optional status and an optional note (one at least). The button's
 * intent and where it was pressed travel in private_metadata, which Slack keeps server-side and
 * hands back on submission. The status menu lists only what this person may set (the intent
 * carries it from src/access.ts); the server checks again when the form comes back.
 */
import type { InputBlock, ModalView, PlainTextOption } from '@slack/types';
import { STATUS_LABELS, type Status } from '../../src/domain.ts';
import type { ButtonIntent } from '../../src/message.ts';
import type { Origin } from './payloads.ts';

export const UPDATE_MODAL_ID = 'add_update';

/** Offered when an older button carries no list: what every owner may set. */
const OWNER_STATUSES: readonly Status[] = ['in_progress', 'complete', 'open'];

export function updateModal(
  intent: Extract<ButtonIntent, { kind: 'add_update' }>,
  origin: Origin,
): ModalView {
  const option = (s: Status): PlainTextOption => ({
    text: { type: 'plain_text', text: STATUS_LABELS[s] },
    value: s,
  });
  const statuses = intent.statuses ?? OWNER_STATUSES;
  const statusInput: InputBlock[] = statuses.length
    ? [
        {
          type: 'input',
          block_id: 'status',
          optional: true,
          label: { type: 'plain_text', text: 'Status (leave empty to keep it)' },
          element: {
            type: 'static_select',
            action_id: 'status',
            placeholder: { type: 'plain_text', text: 'Keep the current status' },
            options: statuses.map(option),
          },
        },
      ]
    : [];
  return {
    type: 'modal',
    callback_id: UPDATE_MODAL_ID,
    private_metadata: JSON.stringify({ intent, origin }),
    title: { type: 'plain_text', text: `Update ${intent.ref}`.slice(0, 24) },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      ...statusInput,
      {
        type: 'input',
        block_id: 'note',
        optional: true,
        label: { type: 'plain_text', text: 'Note for the board' },
        element: { type: 'plain_text_input', action_id: 'note', multiline: true, max_length: 2000 },
      },
    ],
  };
}
