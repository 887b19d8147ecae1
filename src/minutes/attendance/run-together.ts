/**
 * Attendance run into one long line by PDF or web extraction ("... MINUTES Present: Mr M
 * Beardwell Acting Chair ... In attendance: ... Apologies: ..."), and short lines holding two
 * lists ("PRESENT: ... ABSENT: ..."): the text is cut into segments, one list each, so that the
 * headed-list reader sees one heading and its names at a time.
 */
import { findNames } from '../names.ts';
import { HEADING } from './headings.ts';

/** A piece of the text the attendance is read from, and the line of the document it came from. */
export interface Segment {
  readonly text: string;
  readonly line: number;
  /** Cut from a longer line: the body may go on in the same line. */
  readonly piece: boolean;
}

// Where a list of people starts inside a line that PDF or web extraction ran together
// ("... PUBLIC SESSION MINUTES Present: Mr M Beardwell Acting Chair ... In attendance: ..."); a
// web page's links glued on before it ("... Action pointsPresent Cllrs: K Lane (Chair), ..."); a
// heading with no colon before a title or the clerk's office ("In attendance the Clerk Jo Hart,
// County Cllr. A Bell").
const INLINE_HEADING =
  /\b(?:Sederunt|SEDERUNT)\b\s*:?|\b(?:Apologies|APOLOGIES)(?=\s+(?:\p{Lu}\.\s*){1,2}\p{Lu}\p{Ll}+[,\s])|\b(?:PRESENT|Present(?: Members)?|IN ATTENDANCE|In [Aa]ttendance|ALSO PRESENT|Also [Pp]resent|Also in [Aa]ttendance|Others [Pp]resent|OTHERS PRESENT|Attended by|APOLOGIES(?: FOR ABSENCE)?|Apologies(?: for [Aa]bsence)?|Meeting Secretary|Observers?|Minute [Tt]aker|Excused|EXCUSED|Absent|ABSENT)(?:\s*:-?|\s+[–—-](?=\s+[A-Z])|(?=\s+(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|Professor|Prof|Sir)\b)|(?=\s+(?:the\s+)?(?:(?:Parish|Town|Deputy|Assistant|Locum)\s+)?(?:Clerk|Minute [Tt]aker|RFO)\b,?\s+\p{Lu}))|\b(?:Attendance|ATTENDANCE|Attendees|ATTENDEES|Participants|PARTICIPANTS|Regrets|REGRETS|Guests|GUESTS|Roll [Cc]all|ROLL CALL)\s*:|(?<=\p{Ll})(?:Attendance|Attendees|Present|Apologies|In [Aa]ttendance|Also [Pp]resent)(?:\s*:|(?=\s+(?:Cllrs|Councillors)\s*:))|\bApologies(?: for [Aa]bsence)?(?=\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+:)|\bApologies(?: for absence)? (?:(?:were|was|had been|have been) )?(?:received|intimated|submitted)(?: on behalf of| from)\b|\b(?:(?:Officers )?In Attendance|(?:OFFICERS )?IN ATTENDANCE|Officers in Attendance|Also Present|ALSO PRESENT)(?=\s+(?:\p{Lu}\p{Ll}+\s+){2}\p{Lu})|(?<=[.;]\s+)(?:(?:Parish |Town )?Clerk|Minute Secretary|Minute [Tt]aker|Public|Members of the [Pp]ublic|(?:Members|Officers|Councillors|Staff|Trustees|Governors|Directors) (?:[Pp]resent|in [Aa]ttendance))\s*:/gu;

// Where such a list gives way to the body: a sentence's end (but not an item number from the
// next column, "Mr D Fry 1. Ms E Holt", between two titled names), a minute number ("/22 WELCOME",
// "Cou/286/07-08"), a numbered heading in capitals, an abbreviation key.
const INLINE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Prof|Rev|Revd|Cllr|Supt|Insp|Sgt|Dist|Cty|[A-Z]))(?<!\s\d{1,2})\.\s+(?=[A-Z])|(?<=\s\d{1,2})\.\s+(?!(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Prof)\.?\s+[A-Z]\.?\s+[A-Z][a-z])(?=[A-Z])|\s(?=\/\d+\s)|\s(?=[A-Z][a-z]{1,5}\/\d+\/)|\s(?=\d{1,3}(?:\.\d+)?\.?\s+[A-Z]{4,})|\s(?=Key to abbreviations)|\s(?=Summary of [Aa]ctions\b|SUMMARY OF ACTIONS\b)|\s(?=Call [Tt]o [Oo]rder\b|CALL TO ORDER\b|Approval of (?:the )?[Mm]inutes\b|APPROVAL OF (?:THE )?MINUTES\b)|\s(?=Page \d+ of \d+\b)|\s(?=\d{1,3}\s+[A-Z]{1,6}\d[\w.-]*\d[\w.-]*\s)|\s(?=(?:\S+\s+){0,3}Record of\b)|\b(?=[a-z]+\s+[a-z]+\s+[a-z]+\s+[a-z]+\b)/;

const LONG_LINE = 200;
const HEAD_CHARS = 20_000;

export function segmentsOf(lines: readonly string[], limit: number): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!.trim();
    if (line.length <= LONG_LINE) {
      // "ROLL CALL PRESENT: President Lohmann and Trustees Cleary. ABSENT: Trustee Ahrendt.":
      // an attendance line may hold the next list's heading too; each list is read on its own.
      const inner = HEADING.test(line)
        ? [
            ...new Set([
              ...[...line.matchAll(INLINE_HEADING)]
                // With no colon, after the full stop of the list before: "Present: Ann Lee, Bo
                // Hart. In attendance the Clerk Jo Reid."
                .filter(
                  (m) =>
                    m.index > 0 &&
                    (/(?::-?|[–—-])$/.test(m[0]) || /[.;]\s+$/.test(line.slice(0, m.index))),
                )
                .map((m) => m.index),
              ...bareHeadings(line),
            ]),
          ].sort((a, b) => a - b)
        : gluedHeadings(line);
      if (!inner.length) {
        out.push({ text: line, line: i, piece: false });
        continue;
      }
      const glued = !HEADING.test(line);
      [0, ...inner].forEach((at, k, all) => {
        const text = line.slice(at, all[k + 1] ?? line.length).trim();
        // "The club met at the hall. Present: Ann Lee and Bo Hart. The meeting opened at 7.": a
        // list run on after a sentence ends with its own sentence; the rest is the body's.
        const end =
          glued && k > 0
            ? INLINE_END.exec(text.replace(/^[^:]*:-?/, (h) => ' '.repeat(h.length)))
            : null;
        if (!end) return out.push({ text, line: i, piece: false });
        out.push({ text: text.slice(0, end.index).trim(), line: i, piece: true });
        out.push({ text: `. ${text.slice(end.index).trim()}`, line: i, piece: true });
      });
      continue;
    }
    // The attendance is at the head: a long line is searched only so far (a PDF may be one line).
    const found = [...line.slice(0, HEAD_CHARS).matchAll(INLINE_HEADING)];
    const starts = found.map((m) => m.index);
    if (!starts.length) {
      out.push({ text: line, line: i, piece: false });
      continue;
    }
    out.push({ text: line.slice(0, starts[0]).trim(), line: i, piece: true });
    starts.forEach((at, k) => {
      const chunk = line.slice(at, starts[k + 1] ?? Math.min(line.length, at + HEAD_CHARS));
      // The heading is what matched, and its colon or dash: a colon further on is the body's.
      const sep = /^\s*(?::-?|[–—-])?\s*/.exec(chunk.slice(found[k]![0].length))![0];
      const heading = chunk.slice(0, found[k]![0].length) + sep;
      const rest = chunk.slice(heading.length);
      const end = INLINE_END.exec(rest);
      // "... E. Munro 2. Apologies": the next item's number is not part of the list.
      const list = (end ? rest.slice(0, end.index) : rest).replace(/\s\d{1,2}\.?\s*$/, '');
      for (const text of groupsApart(`${heading.trim()} ${list.trim()}`.trim()))
        out.push({ text, line: i, piece: true });
      // What follows the list is the body, or the header before the next list.
      if (end) out.push({ text: `. ${rest.slice(end.index).trim()}`, line: i, piece: true });
    });
  }
  return out;
}

// "PRESENT Ann Lee, Bo Reid APOLOGIES Cy Moss": the next list's heading with no colon, known by
// the name that follows it.
const BARE_HEADING =
  /(?<=[\p{L},.;]\s+)(?:Apologies(?: for [Aa]bsence)?|APOLOGIES(?: FOR ABSENCE)?|Absent|ABSENT|Regrets|REGRETS|In [Aa]ttendance|IN ATTENDANCE)(?=\s+(?:(?:Mr|Mrs|Ms|Dr|Cllrs?|Councillors?)\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu})/gu;
// "Tom Reed Secretary Apologies Ann Lee Chair Present": a status column, not headings.
const STATUS_AT_END = /\b(?:present|apologies|absent|apols?|[✓✔x])\s*$/i;

function bareHeadings(line: string): number[] {
  if (STATUS_AT_END.test(line)) return [];
  return [...line.matchAll(BARE_HEADING)].map((m) => m.index);
}

/**
 * "Venue: The Cock Inn, Sibson.Attendance:Geoff ...", "Venue: Black Horse – Sheepy
 * MagnaAttendance: Kate ..." (glued to the word before), "Held at the Hall. Present: ...", "Via
 * Zoom; Participants: ...": a list's heading run on after the end of the line before it. Only a
 * heading with its colon, just after a word's full stop or semicolon or a slash, is a heading
 * there ("Minute 1. Apologies:" cites an old minute); the part before it is read on its own.
 */
function gluedHeadings(line: string): number[] {
  return [...line.matchAll(INLINE_HEADING)]
    .filter(
      (m) =>
        m.index > 0 &&
        /:-?$/.test(m[0]) &&
        /(?:\p{Ll}[.;]|\s\/)\s*$|\p{Ll}$/u.test(line.slice(0, m.index)),
    )
    .map((m) => m.index);
}

// "Convenors:", "Current Student Representatives:", "Honoraries:": the label of a group of those
// present, up to four capitalised words and a colon.
const GROUP_LABEL = /^(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u;

/**
 * "Sederunt Executive: C. Fraser, E. Murphy Convenors: J. Ansell, P. Kelly Honoraries: C. Hall":
 * a list in labelled groups run into one line. The label stands between one group's last name
 * and the next group's first, so each group is cut out as a line of its own ("Convenors: J.
 * Ansell, P. Kelly"), as it is printed one a line. Two labels at least, each after a whole name
 * (or straight after the heading); otherwise the text is left whole.
 */
export function groupsApart(text: string): string[] {
  const heading = /^[^:]*?(?:sederunt|present|attendance|attendees|attending)\b\s*:?\s*/i.exec(
    text,
  );
  const at = heading ? heading[0].length : 0;
  const cuts: number[] = [];
  for (const colon of text.slice(at).matchAll(/:\s/g)) {
    const end = at + colon.index;
    // The item ends at the colon; it begins after the last comma or the last group's colon.
    const from = Math.max(text.lastIndexOf(',', end) + 1, text.lastIndexOf(':', end - 1) + 1, at);
    const item = text.slice(from, end);
    const lead = item.length - item.trimStart().length;
    const name = findNames(item, { titled: true })[0];
    const cut = name ? (name.start === lead ? name.end : -1) : lead;
    if (cut < 0) return [text];
    const label = item.slice(cut).trim();
    if (!GROUP_LABEL.test(label)) return [text];
    cuts.push(from + cut);
  }
  if (cuts.length < 2) return [text];
  return [0, ...cuts]
    .map((c, k, all) => text.slice(c, all[k + 1] ?? text.length).trim())
    .filter(Boolean);
}
