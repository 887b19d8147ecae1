/**
 * The add and edit modal within Slack's limits however large the board or long the names: at
 * most 100 options a menu (with a hint saying so), option text of 75 characters, a 24-character
 * title, pre-selected owners taken from the options, and group names that cannot format or ping.
 */
import { describe, expect, it } from 'vitest';
import type { ActionForm } from '../../../src/message.ts';
import { actionModal } from '../../../adapters/slack/render-form.ts';

const HOSTILE = '<!channel> *bold* `code`';

const form = (people: number): ActionForm => ({
  submit: { kind: 'edit_action', ref: 'LCRB-1234', version: 7 },
  title: 'Edit LCRB-1234 for the London Crime Reduction Board',
  boardName: 'London Crime Reduction Board',
  text: 'Bring back a full proposal',
  people: Array.from({ length: people }, (_, i) => ({
    value: String(i + 1),
    label: `Person ${i + 1} ${'with a very long name '.repeat(5)}`,
  })),
  owners: ['2', '150'],
  groups: [HOSTILE],
  dueChoices: [{ value: 'next', label: 'Next meeting (8 Dec 2026)' }],
  due: { choice: null, date: '2027-02-01' },
  restricted: true,
});

type Element = {
  type: string;
  options?: { text: { text: string }; value: string }[];
  initial_options?: { value: string }[];
  initial_date?: string;
};
const elements = (view: ReturnType<typeof actionModal>) =>
  view.blocks.flatMap((b) => ('element' in b ? [b.element as Element] : []));

describe('the action modal', () => {
  it("stays within Slack's limits on a board of 150 people", () => {
    const view = actionModal(form(150), { ephemeral: false, home: false });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    const people = elements(view).find((e) => e.type === 'multi_static_select')!;
    expect(people.options).toHaveLength(100);
    expect(Math.max(...people.options!.map((o) => o.text.text.length))).toBeLessThanOrEqual(75);
    // Person 150 would be past the cut: owners are listed first, so saving keeps them.
    expect(people.initial_options!.map((o) => o.value)).toEqual(['2', '150']);
    expect(people.options!.slice(0, 3).map((o) => o.value)).toEqual(['2', '150', '1']);
    expect(JSON.stringify(view.blocks)).toContain('The first 100 people are listed');
    expect(elements(view).find((e) => e.type === 'datepicker')!.initial_date).toBe('2027-02-01');
    expect(elements(view).find((e) => e.type === 'checkboxes')!.initial_options).toHaveLength(1);
    expect(JSON.parse(view.private_metadata!).intent).toEqual(form(1).submit);
  });

  it('shows group names in mrkdwn escaped, so they neither ping nor format', () => {
    const view = actionModal(form(3), { ephemeral: false, home: false });
    const context = JSON.stringify(view.blocks.filter((b) => b.type === 'context'));
    expect(context).toContain('&lt;!channel&gt;');
    expect(context).not.toContain('<!channel>');
    expect(context).not.toContain(' *bold* ');
  });
});
