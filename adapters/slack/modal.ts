/**
 * The "Add update" modal: an optional status and an optional note (one at least). The button's
 * intent and where it was pressed travel in private_metadata, which Slack keeps server-side and
 * hands back on submission.
 */
import { STATUS_LABELS, type Status } from '../../src/domain.ts';
import type { ButtonIntent } from '../../src/message.ts';
import type { Origin } from './payloads.ts';

export const UPDATE_MODAL_ID = 'add_update';

export function updateModal(intent: Extract<ButtonIntent, { kind: 'add_update' }>, origin: Origin) {
  const option = (s: Status) => ({
    text: { type: 'plain_text', text: STATUS_LABELS[s] },
    value: s,
  });
  return {
    type: 'modal',
    callback_id: UPDATE_MODAL_ID,
    private_metadata: JSON.stringify({ intent, origin }),
    title: { type: 'plain_text', text: `Update ${intent.ref}`.slice(0, 24) },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: 'status',
        optional: true,
        label: { type: 'plain_text', text: 'Status (leave empty to keep it)' },
        element: {
          type: 'static_select',
          action_id: 'status',
          placeholder: { type: 'plain_text', text: 'Keep the current status' },
          options: (['in_progress', 'complete', 'open', 'dropped', 'closed'] as const).map(option),
        },
      },
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
