/** What a calendar import did (or, in a dry run, would do), as lines for the person who ran it. */
import type { Board } from '../domain.ts';
import { formatDateTime } from '../dates.ts';
import type { CalendarOutcome } from './apply.ts';

export function describeCalendarOutcome(
  board: Board,
  outcome: CalendarOutcome,
  skipped: readonly string[],
  dryRun: boolean,
): string[] {
  const when = (d: Date) => formatDateTime(d, board.timezone);
  const refs = (r: readonly string[]) =>
    r.length === 0 ? '' : ` (${r.length === 1 ? 'action' : 'actions'} ${r.join(', ')})`;
  const lines: string[] = [];
  for (const c of outcome.changes) {
    switch (c.kind) {
      case 'added':
        lines.push(`+ ${when(c.startsAt)}: new meeting`);
        break;
      case 'adopted':
        lines.push(`= ${when(c.startsAt)}: already in the register, now linked to the calendar`);
        break;
      case 'moved':
        lines.push(`~ ${when(c.from)} moved to ${when(c.to)}${refs(c.actionRefs)}`);
        break;
      case 'cancelled':
        lines.push(
          c.movedTo
            ? `- ${when(c.startsAt)} cancelled${c.actionRefs.length ? `: ${c.actionRefs.join(', ')} now due at ${when(c.movedTo)}` : ''}`
            : `- ${when(c.startsAt)} cancelled`,
        );
        break;
      case 'kept':
        lines.push(`! ${when(c.startsAt)} left as it is: ${c.why}`);
        break;
    }
  }
  for (const s of skipped) lines.push(`! skipped ${s}`);
  const count = (kind: string) => outcome.changes.filter((c) => c.kind === kind).length;
  const upToDate = outcome.unchanged + count('adopted');
  lines.push(
    dryRun
      ? `Dry run, nothing changed. ${board.name}: ${count('added')} to add, ${count('moved')} to move, ${count('cancelled')} to cancel, ${upToDate} already up to date.`
      : `${board.name}: ${count('added')} added, ${count('moved')} moved, ${count('cancelled')} cancelled, ${upToDate} already up to date.`,
  );
  return lines;
}
