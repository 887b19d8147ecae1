/**
 * What the minutes are of: the board, whether this is minutes or a committee report, the
 * meeting's date, time and place, and the next meeting.
 */
import type { DocumentKind, DraftMeeting } from './draft.ts';
import { findDate, findTime, parseWhen } from './dates.ts';
import { squash } from './text.ts';

const BOILERPLATE =
  /^(?:back to table of contents|mayor of london|london assembly|key information|contents|public|official|draft|confidential|restricted)\s*/i;

/** The board named in the title: "X meeting minutes - date", "Minutes of the meeting of X held on", or the line above "Minutes". */
export function findBoard(lines: readonly string[]): string | null {
  const head: string[] = [];
  for (const line of lines.slice(0, 40)) {
    const l = squash(line);
    // The title comes before the first numbered item.
    if (/^\d+(?:\.\d+)*[.)]?\s/.test(l)) break;
    head.push(l);
  }
  for (let i = 0; i < head.length; i++) {
    const line = head[i]!;
    const of =
      /^minutes of (?:a |the )?(?:(?:extraordinary |special |annual )?meeting of (?:the )?)?(.+?)\s+(?:held|on)\b/i.exec(
        line,
      );
    if (of && !/^(?:meeting|last meeting)$/i.test(of[1]!)) return of[1]!;
    if (/^(?:minutes|public record|record|notes)\b/i.test(line)) {
      for (let j = i - 1; j >= 0; j--) if (head[j]) return stripBoilerplate(head[j]!) || null;
    }
    const titled = /^(.+?)\s+(?:meeting\s+)?minutes\b/i.exec(line);
    if (titled && /^[A-Z]/.test(titled[1]!) && titled[1]!.split(' ').length <= 10)
      return stripBoilerplate(titled[1]!);
  }
  return null;
}

function stripBoilerplate(s: string): string {
  let out = s;
  // PDF export glues running heads to titles: "Back to table of contentsLondon Crime ...".
  for (let k = 0; k < 3; k++) out = out.replace(BOILERPLATE, '').trim();
  return out.replace(/^MAYOR OF LONDON(?:LONDON ASSEMBLY)?/, '').trim();
}

/** Minutes record a meeting; a committee report asks it to decide. Reports yield no actions. */
export function documentKind(text: string): DocumentKind {
  const head = text.slice(0, 4000);
  const report = [
    /^\s*Report (?:by|of|from)\b/im,
    /\bRecommendations?\s*:/i,
    /\bis (?:asked|recommended) to\b/i,
    /^\s*Item No\.?\b/im,
    /^\s*Contact Officer\b/im,
    /^\s*(?:Financial|Legal|Equalities) Implications\b/im,
    /^\s*Background papers\b/im,
    /^\s*Summary\s*:/im,
  ].filter((re) => re.test(head)).length;
  const minutes = [
    /\bminutes\b/i,
    /^\s*(?:present|apologies|in attendance|attendees)\b/im,
    /\bpublic record of (?:the )?meeting\b/i,
    /\bdate of (?:the )?next meeting/i,
    /\bACTION\s*:/,
  ].filter((re) => re.test(text)).length;
  return report >= 2 && minutes <= 1 ? 'report' : 'minutes';
}

export interface MeetingFound {
  readonly meeting: DraftMeeting | null;
  readonly warnings: string[];
}

/** The meeting's own date: the first dated line of the head that is not a publication date. */
export function findMeeting(lines: readonly string[], bodyStart: number): MeetingFound {
  const limit = Math.max(Math.min(lines.length, 40), Math.min(bodyStart, 120));
  const warnings: string[] = [];
  for (let i = 0; i < limit; i++) {
    const line = squash(lines[i]!);
    if (/^(?:publication|published|issued|printed|updated)\b/i.test(line)) continue;
    const when = parseWhen(line.replace(/^.*\bminutes\s*[-–—:]\s*/i, ''));
    if (!when) continue;
    if (when.weekdayMismatch) warnings.push(when.weekdayMismatch);
    const location = /^(?:date|venue|time)\b/i.test(when.location ?? '') ? null : when.location;
    const time =
      when.time ??
      labelled(lines, limit, /^\s*time\s*:\s*(.+)$/i, (v) => findTime(v)?.time ?? null);
    return {
      meeting: {
        date: when.date,
        time,
        location:
          location ?? labelled(lines, limit, /^\s*(?:venue|location|place)\s*:\s*(.+)$/i, squash),
        board: null,
      },
      warnings,
    };
  }
  return {
    meeting: null,
    warnings: [
      'No meeting date found in the head of the document: give it with --date or add it to the draft.',
    ],
  };
}

/** A "Time: 10am" or "Venue: Town Hall" line in the head of the minutes. */
function labelled(
  lines: readonly string[],
  limit: number,
  re: RegExp,
  read: (v: string) => string | null,
): string | null {
  for (let i = 0; i < limit; i++) {
    const m = re.exec(lines[i]!);
    if (m) return read(m[1]!);
  }
  return null;
}

const ACRONYM_OF = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

/**
 * The next meeting: "Date of next meeting: 7 December 2010, 4pm, City Hall", or the line
 * after a "Date of next meeting(s)" heading. A label naming another board ("LCRB meeting:")
 * is kept as that board's meeting, not this one's.
 */
export function findNextMeeting(
  lines: readonly string[],
  board: string | null,
): { meeting: DraftMeeting | null; warnings: string[] } {
  for (let i = 0; i < lines.length; i++) {
    const line = squash(lines[i]!);
    const m =
      /^(?:the\s+)?(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?)?next\s+meetings?\b\s*(?:will be held on|will be on|is|:|-|–)?\s*(.*)$/i.exec(
        line,
      );
    if (!m) continue;
    const candidates = [m[1]!, ...lines.slice(i + 1, i + 4).map(squash)].filter(Boolean);
    for (const candidate of candidates) {
      const labelled = /^([^:]{2,60}?)\s*:\s*(.+)$/.exec(candidate);
      const text = labelled && !findDate(labelled[1]!) ? labelled[2]! : candidate;
      const when = parseWhen(text);
      if (!when) continue;
      const label =
        labelled && !findDate(labelled[1]!)
          ? labelled[1]!.replace(/\s*meetings?$/i, '').trim()
          : null;
      let other: string | null = null;
      if (label && !/^(?:date|time|venue|next)/i.test(label) && board) {
        const isThis = label.toLowerCase() === board.toLowerCase() || label === ACRONYM_OF(board);
        if (!isThis) {
          const parent = [board, ...prefixes(board)].find(
            (b) => ACRONYM_OF(b) === label || b.toLowerCase() === label.toLowerCase(),
          );
          other = parent ?? label;
        }
      }
      return {
        meeting: { date: when.date, time: when.time, location: when.location, board: other },
        warnings: when.weekdayMismatch ? [when.weekdayMismatch] : [],
      };
    }
  }
  return {
    meeting: null,
    warnings: [
      'No date of next meeting found: actions due "at the next meeting" will be due at the board\'s next meeting in the register.',
    ],
  };
}

/** "London Crime Reduction Board Delivery Management Group" -> "London Crime Reduction Board", ... */
function prefixes(name: string): string[] {
  const words = name.split(' ');
  const out: string[] = [];
  for (let n = words.length - 1; n >= 2; n--) out.push(words.slice(0, n).join(' '));
  return out;
}
