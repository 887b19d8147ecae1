/** Wording every digest format shares, so the chat, the papers and the spreadsheet agree. */
import type { Rag } from '../domain.ts';
import type { DigestItem, DigestMeeting, DigestModel, DigestOwner, GroupKey } from './model.ts';

/** RAG is always spelled out: colour alone says nothing to a screen reader or a photocopier. */
export const RAG_LABELS: Readonly<Record<Rag, string>> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
};

export const COLUMNS = [
  'Ref',
  'Raised',
  'Minute',
  'Action',
  'Owners',
  'Due',
  'Status (RAG)',
  'Latest update',
] as const;

export function ownerText(owner: DigestOwner): string {
  return owner.organisation ? `${owner.name} (${owner.organisation})` : owner.name;
}

export function ownersText(item: DigestItem): string {
  return item.owners.length ? item.owners.map(ownerText).join(', ') : 'Unassigned';
}

export function statusText(item: DigestItem): string {
  const carried = item.carriedForward
    ? `, carried forward ${item.carriedForward} time${item.carriedForward === 1 ? '' : 's'}`
    : '';
  return `${item.statusLabel} (${RAG_LABELS[item.rag]})${carried}`;
}

export function latestText(item: DigestItem): string {
  if (!item.latest) return 'No update';
  const { date, who, note } = item.latest;
  return note ? `${date}, ${who}: ${note}` : `${date}, ${who}`;
}

/** The cells of one row, in COLUMNS order. */
export function rowCells(item: DigestItem): string[] {
  return [
    item.ref,
    item.raised ?? '',
    item.minuteRef ?? '',
    item.text,
    ownersText(item),
    item.due,
    statusText(item),
    latestText(item),
  ];
}

export function meetingText(meeting: DigestMeeting | null): string {
  if (!meeting) return 'No meeting set';
  return `${meeting.date} at ${meeting.time}${meeting.place ? `, ${meeting.place}` : ''}`;
}

export function documentTitle(model: DigestModel): string {
  const when = model.meeting ? `, meeting of ${model.meeting.date}` : '';
  const edition = model.edition === 'public' ? ' (public edition)' : '';
  return `Matters arising: ${model.board.name}${when}${edition}`;
}

export const COUNT_LABELS: Readonly<Record<GroupKey, string>> = {
  completed: 'completed (proposed for closure)',
  in_progress: 'in progress',
  no_update: 'no update received',
  overdue: 'overdue or carried forward',
  dropped: 'dropped',
};

/** "12 actions: 3 completed (proposed for closure), 2 in progress, ..." */
export function countsText(model: DigestModel): string {
  const { counts } = model;
  const parts = (Object.keys(COUNT_LABELS) as GroupKey[]).map(
    (k) => `${counts[k]} ${COUNT_LABELS[k]}`,
  );
  return `${counts.total} action${counts.total === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

export function omittedText(model: DigestModel): string | undefined {
  if (model.edition !== 'public') return undefined;
  const n = model.omittedRestricted;
  return `Public edition: ${n} restricted action${n === 1 ? ' is' : 's are'} left out.`;
}

export function sinceText(model: DigestModel): string {
  return model.lastMeeting
    ? `“Since the last meeting” means since ${model.lastMeeting.date}.`
    : 'This board has no earlier meeting on record.';
}

/** Lines for the secretariat's attention; empty when there is nothing to chase. */
export function attentionLines(model: DigestModel): string[] {
  const lines: string[] = [];
  const { unassigned, unreachable } = model.attention;
  if (unassigned.length) lines.push(`No owner named (assign one): ${unassigned.join(', ')}.`);
  for (const owner of unreachable) {
    const refs = owner.refs.length ? `; owns ${owner.refs.join(', ')}` : '';
    lines.push(`Could not be reached by reminder: ${ownerText(owner)}${refs}.`);
  }
  return lines;
}
