/**
 * Families of explicit actions as other bodies write them (issue 14): each form in more than
 * one shape, owners resolved only when the document says who they are.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Draft, DraftAction } from '../../src/minutes/draft.ts';

const ATTENDANCE = `Present:
Jane Claxton (JC) Chair
Chris Welfare (CW)
Mark Hughes (MH) Director of Finance
Tara Green (TG)
Louise Collis (Clerk)

Apologies: Alan Wu`;

const minutes = (body: string, attendance = ATTENDANCE) =>
  parseMinutes(
    `Anytown Partnership Board\n\nMinutes of the meeting held on Tuesday 14 January 2025\n\n${attendance}\n\n${body}\n`,
  );

const explicit = (d: Draft): DraftAction[] => d.actions.filter((a) => a.kind === 'explicit');
const brief = (d: Draft) => explicit(d).map((a) => ({ text: a.text, owners: a.owners }));

describe('action sheet rows with " / " between cells', () => {
  it('takes the action from the line that names its owner, not the context above it', () => {
    const d = minutes(
      `Action Sheet

1. / Members had asked for training on the new duties
Chris to arrange a training session for members / Chris
2. / Tara Green And Chris to draft the joint protocol. Members are asked to send comments to Tara. / Tara and
3. / Jane to write to the chief constable.
NB: members will be invited to a briefing once the letter is sent. / Jane`,
    );
    expect(brief(d)).toEqual([
      { text: 'Arrange a training session for members', owners: ['Chris Welfare'] },
      { text: 'Draft the joint protocol.', owners: ['Tara Green', 'Chris Welfare'] },
      { text: 'Write to the chief constable.', owners: ['Jane Claxton'] },
    ]);
  });
});
