/**
 * Attendance set out in columns: a line split on tabs, wide gaps or " / " into a name cell and
 * role and organisation cells, and a column that marks each row present, apologies or absent
 * (by a legend such as "P = present, A = apology", or an "Apols" column). Columns exported one
 * after another (every name, then every role) are read by the headed-list reader.
 */
import { findNames, HONORIFICS, type FindOptions } from '../names.ts';
import { isOrgLike, splitRoleOrg } from '../roles.ts';
import { squash } from '../text.ts';
import { COURTESY, stripHonorifics, type Parsed } from './person.ts';

/** A line split on tabs or wide gaps: name in one cell, role and organisation in others. */
export function fromCells(
  cells: string[],
  labelRole: string | null,
  opts: FindOptions,
): Parsed | null {
  const at = cells.findIndex((c) => {
    const names = findNames(c, opts);
    return (
      names.length === 1 &&
      squash(c.slice(0, names[0]!.start))
        .split(' ')
        .every((t) => !t || HONORIFICS.test(t.replace(/\.$/, '')) || /^(?:Rt|Hon)\.?$/i.test(t))
    );
  });
  if (at < 0) return null;
  const cell = cells[at]!;
  const { honorific } = stripHonorifics(
    squash(cell.slice(0, findNames(cell, opts)[0]!.start))
      .split(' ')
      .filter(Boolean),
  );
  const name = findNames(cell, opts)[0]!.name;
  const before = cells.slice(0, at);
  // A status column ("Present", "Apologies") says whether they came, not who they are.
  const after = cells.slice(at + 1).filter((c) => !STATUS_CELL.test(c));
  let role: string | null = null;
  let org: string | null = null;
  if (after.length >= 2) [role, org] = [after.slice(0, -1).join(', '), after[after.length - 1]!];
  else if (after.length === 1) ({ role, org } = splitRoleOrg(after[0]!));
  if (before.length) {
    const b = before.join(' ');
    if (isOrgLike(b) && !role) org = org ?? b;
    else role = b;
  }
  if (!role && honorific && !COURTESY.test(honorific)) role = honorific;
  const rest = cell.slice(findNames(cell, opts)[0]!.end);
  return { name, role: role ?? labelRole, org, suffix: [rest, ...cells.slice(at + 1)].join(' ') };
}

export type Status = 'present' | 'apologies' | 'absent' | null;

const STATUS_CELL =
  /^(?:present|attended|yes|apolog(?:y|ies)|apols|sent apologies|absent|not present|did not attend)\.?$/i;
const ROW_STATUS =
  /(?:^|\s)(apolog(?:y|ies)|apols|sent apologies|absent|not present|did not attend)\.?\s*$/i;

/**
 * An attendance table with a column that marks each person: a legend ("P = present, A = apology,
 * N = non-attendance") gives the letters, and the first such letter after a name is theirs; an
 * "Apols" column, run into the text, marks the row it ends. Without either, nobody is marked.
 */
export function statusMarkers(head: string): (suffix: string) => Status {
  const legend = new Map<string, Status>();
  for (const m of head.matchAll(
    /\b([A-Z])\s*=\s*(present|attended|apolog\w*|absent|non-attendance|not present)/gi,
  )) {
    const word = m[2]!.toLowerCase();
    legend.set(
      m[1]!,
      /^(?:present|attended)/.test(word)
        ? 'present'
        : word.startsWith('apolog')
          ? 'apologies'
          : 'absent',
    );
  }
  const apolsColumn = /\bApols\b/.test(head);
  return (suffix) => {
    if (legend.size >= 2) {
      const letter = /^\s*(?:\([^)]*\)\s*)*([A-Z])(?=\s|$)/.exec(suffix)?.[1];
      if (letter && legend.has(letter)) return legend.get(letter)!;
    }
    if (apolsColumn && /\bApols\s*$/.test(suffix)) return 'apologies';
    // "Tom Reed<tab>Secretary<tab>Apologies": a status column's word ends the row.
    const word = ROW_STATUS.exec(suffix)?.[1]?.toLowerCase();
    if (word) return /^(?:apolog|apols|sent)/.test(word) ? 'apologies' : 'absent';
    return null;
  };
}
