/**
 * The draft shown for review: a neutral Message for chat and a plain table for the terminal.
 * Text from the document has already lost emails and phone numbers (parse.ts redacts them).
 * Once the board is known (in-register.ts), the review says what an import will do: which
 * actions are already in the register and will not be imported again, which suggestions were
 * accepted, and which attendees can be added as members.
 */
import { context, heading, paragraph, type Block, type Message, type Table } from '../message.ts';
import type { Draft, DraftAction, MemberOffer } from './draft.ts';
import { toImport } from './in-register.ts';

const owners = (a: DraftAction) =>
  a.owners.length
    ? a.ownerDetails
        .map((o) => (o.match === 'near' ? `${o.name}? (written "${o.written}")` : o.name))
        .join(', ')
    : a.ownersAsWritten
      ? `? (written "${a.ownersAsWritten}")`
      : 'unassigned';

const due = (a: DraftAction) =>
  !a.due
    ? ''
    : a.due.kind === 'date'
      ? a.due.date
      : `next meeting${a.due.date ? ` (${a.due.date})` : ''}`;

/** What the import will do with this one action, if anything but write it. */
const fate = (a: DraftAction): string | null =>
  a.inRegister
    ? `already in the register as ${a.inRegister}: not imported again`
    : a.kind === 'suggested' && a.accepted
      ? 'accepted: will be imported'
      : null;

function table(caption: string, actions: readonly DraftAction[]): Table {
  return {
    caption,
    columns: ['#', 'Ref', 'Action', 'Owner', 'Due', 'Check'],
    rows: actions.map((a, i) => [
      String(i + 1),
      a.ref ?? '',
      a.text,
      owners(a),
      due(a),
      [fate(a), a.flags.join(' ') || (a.confidence < 0.6 ? 'low confidence' : '')]
        .filter(Boolean)
        .join(' '),
    ]),
  };
}

const offer = (m: MemberOffer) =>
  `${m.name} (${m.role}${m.knownAs ? `; in the register as ${m.knownAs}: check` : ''})`;

/** The attendees who are not members of the board yet, or null when there is nothing to offer. */
export function membersLine(draft: Draft): string | null {
  const offers = draft.members ?? [];
  if (!offers.length) return null;
  const accepted = offers.every((m) => m.accepted);
  return `${offers.length} attendee(s) not yet members of the board: ${offers.map(offer).join(', ')}. ${
    accepted ? 'They will be added as members on import.' : 'Not added unless you choose to.'
  }`;
}

/** Explicit actions, and suggestions not dropped (the numbering the chat buttons use). */
export const explicitOf = (draft: Draft) => draft.actions.filter((a) => a.kind === 'explicit');
export const suggestionsOf = (draft: Draft) =>
  draft.actions
    .map((action, index) => ({ action, index }))
    .filter(({ action }) => action.kind === 'suggested' && !action.dropped);

function summaryLines(draft: Draft): string[] {
  const m = draft.meeting;
  const n = draft.nextMeeting;
  return [
    `${draft.documentKind === 'report' ? 'Committee report' : 'Minutes'}: ${draft.board ?? 'board not named'}`,
    `Meeting: ${m ? [m.date, m.time, m.location].filter(Boolean).join(', ') : 'no date found'}`,
    `Next meeting: ${n ? [n.date, n.time, n.location].filter(Boolean).join(', ') + (n.board ? ` (of ${n.board})` : '') : 'not given'}`,
    `Attendees: ${draft.attendees.length}; apologies: ${draft.apologies.length}`,
  ];
}

export function reviewMessage(draft: Draft): Message {
  const explicit = explicitOf(draft);
  const suggested = suggestionsOf(draft).map((s) => s.action);
  const already = draft.actions.filter((a) => a.inRegister).length;
  const blocks: Block[] = [heading(`Import: ${draft.source ?? 'minutes'}`)];
  for (const line of summaryLines(draft)) blocks.push(paragraph(line));
  blocks.push({
    kind: 'table',
    table: table(
      `${explicit.length} action(s) found${already ? `, ${already} already in the register` : ''}`,
      explicit,
    ),
  });
  if (suggested.length)
    blocks.push({
      kind: 'table',
      table: table(`${suggested.length} suggestion(s): not written unless accepted`, suggested),
    });
  const members = membersLine(draft);
  if (members) blocks.push(paragraph(members));
  for (const w of draft.warnings) blocks.push(context(`Warning: ${w}`));
  return {
    summary: `${draft.board ?? 'Minutes'}: ${explicit.length} action(s), ${suggested.length} suggestion(s) found.`,
    blocks,
  };
}

/** The review as terminal text. */
export function reviewText(draft: Draft): string {
  const out = [...summaryLines(draft), ''];
  const section = (title: string, actions: readonly DraftAction[]) => {
    out.push(title);
    if (!actions.length) out.push('  (none)');
    actions.forEach((a, i) => {
      out.push(`  ${i + 1}. ${a.ref ? `[${a.ref}] ` : ''}${a.text}`);
      out.push(`     owner: ${owners(a)}   due: ${due(a) || '-'}   confidence: ${a.confidence}`);
      const what = fate(a);
      if (what) out.push(`     ${what}`);
      for (const f of a.flags) out.push(`     check: ${f}`);
    });
    out.push('');
  };
  section('Actions', explicitOf(draft));
  section(
    'Suggestions (not written unless accepted)',
    suggestionsOf(draft).map((s) => s.action),
  );
  const members = draft.members ?? [];
  if (members.length) {
    out.push('Attendees not yet members of the board');
    for (const m of members) out.push(`  - ${offer(m)}${m.accepted ? ': will be added' : ''}`);
    if (!members.every((m) => m.accepted)) out.push('  (add --add-members to add them)');
    out.push('');
  }
  if (draft.warnings.length) {
    out.push('Warnings');
    for (const w of draft.warnings) out.push(`  - ${w}`);
  }
  if (draft.members) {
    const n = toImport(draft).length;
    const already = draft.actions.filter((a) => a.inRegister).length;
    out.push(
      `An import writes ${n} new action(s)${already ? `; ${already} already in the register are not imported again` : ''}.`,
    );
  }
  return out.join('\n') + '\n';
}
