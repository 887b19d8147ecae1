/**
 * The add and edit form's card on a large board: Teams refuses a card over about 28 KB, so the
 * board's people are listed only as far as the card holds, the chosen owners always among
 * them, and the card says how to name anyone left off. Parsed by Microsoft's `adaptivecards`.
 */
import { describe, expect, it } from 'vitest';
import { actionFormCard } from '../../../adapters/teams/render-form.ts';
import { CARD_BUDGET_BYTES } from '../../../adapters/teams/render.ts';
import type { ActionForm } from '../../../src/message.ts';
import { cardObjects, cardTexts, checkCard } from '../../support/adaptive-cards.ts';

function form(peopleCount: number, owners: string[]): ActionForm {
  return {
    submit: { kind: 'edit_action', ref: 'LCRB-7', version: 3 },
    title: 'Edit LCRB-7',
    boardName: 'London Crime Reduction Board',
    text: 'Share the knife crime dashboard with borough community safety leads',
    people: Array.from({ length: peopleCount }, (_, i) => ({
      value: String(1000 + i),
      label: `Person ${i} Hyphenated-Surname`,
    })),
    owners,
    groups: [],
    dueChoices: [{ value: 'next', label: 'Next meeting (15 Dec 2026)' }],
    due: { choice: 'next', date: null },
    restricted: false,
  };
}

const peopleChoices = (card: unknown) =>
  (cardObjects(card).find((o) => o.id === 'form.owners')!.choices as { value: string }[]).map(
    (c) => c.value,
  );

describe('the Teams action form on a board of 600 people', () => {
  it('fits the card, keeps the chosen owners, and says how to name anyone left off', async () => {
    const last = String(1000 + 599);
    const card = actionFormCard(form(600, ['1000', last]));
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect((await checkCard(card)).problems).toEqual([]);
    const offered = peopleChoices(card);
    expect(offered).toContain('1000');
    expect(offered).toContain(last);
    expect(offered.length).toBeLessThan(600);
    expect(cardTexts(card).join(' ')).toMatch(
      new RegExp(`${offered.length} of 600 people fit in this list.*assign LCRB-7 "Full Name"`),
    );
  });

  it('lists everyone on a board that fits, with no such line', () => {
    const card = actionFormCard(form(40, ['1003']));
    expect(peopleChoices(card)).toHaveLength(40);
    expect(cardTexts(card).join(' ')).not.toMatch(/fit in this list/);
  });
});
