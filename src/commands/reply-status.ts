/**
 * Reads a free-text reply to a reminder ("done, paper circulated", "blocked: waiting for the
 * Home Office") as a status and a note. Pure. Only the words the reminder invites are read as a
 * status, so a reply that merely starts with "open" or "closed" stays a note.
 */
import type { Status } from '../domain.ts';

export interface ReplyUpdate {
  /** null: the reply is a note only. */
  readonly status: Status | null;
  readonly note: string | null;
}

const WORDS: ReadonlyArray<readonly [RegExp, Status]> = [
  [/^(done|completed?|finished)\b/i, 'complete'],
  [/^(in[\s_-]?progress|started|underway|under way)\b/i, 'in_progress'],
];

export function readReply(text: string): ReplyUpdate {
  // Not cut here: an over-long reply is refused whole by the core's check of people's text.
  const t = text.trim();
  // The register has no "blocked" status: the action stays in progress and the note says why,
  // keeping the word so the secretariat sees it was blocked.
  if (/^blocked\b/i.test(t)) return { status: 'in_progress', note: t };
  for (const [pattern, status] of WORDS) {
    const m = pattern.exec(t);
    if (m) {
      const rest = t.slice(m[0].length).replace(/^[\s:,.!-]+/, '');
      return { status, note: rest || null };
    }
  }
  return { status: null, note: t || null };
}
