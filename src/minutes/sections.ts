/**
 * The body of the minutes as paragraphs: a paragraph number ("4.20.", "3b", "a)") or bullet
 * starts one, a blank line ends one, and a line that carries on a sentence is joined to it,
 * even across a blank line PDF export put in the middle ("...recidivism\n\nand explore ...").
 */
import { squash } from './text.ts';

export interface Paragraph {
  /** Minute reference as printed, without its trailing dot: "4.20", "a", "3". */
  readonly ref: string | null;
  readonly bullet: boolean;
  readonly text: string;
  /** Index of the first line, for tables and ordering. */
  readonly line: number;
  /** Initials printed far right of the item's line (a PDF's "Action" margin column): "TG/JS". */
  readonly margin?: string;
  /** The printed line those initials end, as it reads in `text`: where the owner's sentence is. */
  readonly marginLine?: string;
  /** The lines as printed, for the rules that need to know where a line ended (sentences). */
  readonly lines?: readonly string[];
}

// A long run of spaces, then initials (or "All", or a one-word office such as "Clerk") at the
// end of the line: the owner column of a PDF laid out with a right-hand margin. Space-aligned action tables never reach here.
const MARGIN_OWNER =
  "((?:[A-Z]{2,4}|[A-Z]{1,2}'[A-Z])(?:\\s*[/,&]\\s*(?:[A-Z]{2,4}|[A-Z]{1,2}'[A-Z]|Clerk))*|All|ALL|Clerk|Chair|Secretary|Treasurer)$";
const MARGIN = new RegExp(`^(.*\\S)\\s{6,}${MARGIN_OWNER}`);
// Under a margin column's own header ("MINUTES            ACTION", "Item       Action by"), a
// typed page that kept only a few spaces before the owner: "... submitted to    AF".
// Not a note's own capitals: "NB", "PS", "TBC".
const MARGIN_UNDER_HEADER = new RegExp(
  `^(.*[a-z,.;)])\\s{3,}(?!(?:NB|PS|TBC|TBA|TBD|AOB|FYI|ASAP|VAT|N\\/A)$)${MARGIN_OWNER}`,
);
const MARGIN_HEADER =
  /^\s*\S.*\S\s{6,}(?:ACTIONS?|Actions?|Action [Bb]y|ACTION BY|Owner|OWNER|By whom)\s*$/;

// Minute numbers: "4.2", "12/34", and the coded refs NHS and council minutes carry
// ("GBP/2223/001:", "BOD 24/18(b)", "PUB22/3/85").
// Also an action log's own codes before a dash or colon: "AP102 –", "A12:", "AP 7 -", or glued
// to their number before the text ("AP125 SL to ask ...", "ACT12 Kate to ..."); and the
// number cell of a row flattened with " / " ("2 / Terms of reference"), kept as "1. / " is.
// A bullet, sometimes two ("• * Amanda will ...": a page's bullet over the writer's own).
const LEAD =
  /^\s*(?:([-•*·▪◦●o–])\s+(?:[-•*·▪◦●–]\s+)?)?(?:\(?((?:\d{1,3}(?:\.\d{1,3})*[a-z]?)|[a-z]|[ivx]{1,4})[.)]\)?\s+|((?:AP|AI|ACT|A) ?\d{1,4}[a-z]?)\s*[:–—-]\s+|((?:AP|ACT)\d{1,4}[a-z]?)\s+(?=[A-Z])|(\d{1,3})\s+(?=\/\s)|(\d{1,3}(?:\.\d{1,3})+|\d{1,4}\/\d{1,4}|[A-Z]{2,5} ?\d{0,4}(?:\/\d{1,4}){1,3}(?:\s?\([a-z]\))?)[.:]?\s+)?/;

export const CHECKBOX = /^\[([ xX✓✔])\]\s+/;

// An action log's row code: the date of the meeting that raised it and the row's number
// ("13/08/15-05", "03.10.2024-1", "5/9/24 - 02"), its text sometimes glued to it, or after
// a second dash ("30/06/16-11-Deborah Roberts to ...").
export const LOG_CODE = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}-\d{1,3}$/;
const LOG_LEAD =
  /^\s*(?:([-•*·▪◦●])\s+)?(\d{1,2}([/.])\d{1,2}\3\d{2,4})\s?-\s?(\d{1,3})(?!\d)\s*(?:[-–—:]\s*)?/;

export function splitLead(line: string): { ref: string | null; bullet: boolean; rest: string } {
  const log = LOG_LEAD.exec(line);
  if (log)
    return { ref: `${log[2]}-${log[4]}`, bullet: Boolean(log[1]), rest: line.slice(log[0].length) };
  const m = LEAD.exec(line)!;
  return {
    ref: m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? null,
    // A task list's checkbox ("[ ] Book the hall") is a bullet of its own; the box stays in
    // the text, for the state it records.
    bullet: Boolean(m[1]) || CHECKBOX.test(line.slice(m[0].length)),
    rest: line.slice(m[0].length),
  };
}

const ENDS_SENTENCE = /[.!?:;)"']$/;

const MARKED = /^(?:ACTIONS?\b|Actions?\s*(?:by\s*)?[:\-–—])/;
// A line ending in one of these words carries on onto the next line.
const CARRIES_ON =
  /(?:\b(?:a|an|the|to|and|or|of|for|with|on|in|at|by|from|re|that|which|who|be|is|are|was|were|will|would|should|their|its|his|her|this|these|as|into|about|than|if)|[,\-–—&/])$/i;

/**
 * An action's text stops at its line when the next line begins a new thing: a heading
 * ("Transition – YOS and Probation:") or a new sentence after a line that does not carry on.
 */
function endsAction(prev: { parts: string[] } | undefined, next: string): boolean {
  if (!prev || !MARKED.test(prev.parts[0] ?? '')) return false;
  const last = prev.parts[prev.parts.length - 1]!.trim();
  if (/^[a-z(]/.test(next.trim())) return false;
  if (/:$/.test(next.trim()) && next.trim().split(' ').length <= 8) return true;
  return !CARRIES_ON.test(last);
}

/**
 * "3. Hedges" then "The hedge on Church Lane ...": a numbered item's title on its own line is
 * not the start of the sentence below it, so an action there does not begin "Hedges The ...".
 */
function headingAbove(
  current: { ref: string | null; parts: string[] } | undefined,
  next: string,
): boolean {
  if (!current || current.ref === null || current.parts.length !== 1) return false;
  const title = current.parts[0]!.trim();
  return (
    /^[A-Z]/.test(next.trim()) &&
    /^[A-Z0-9]/.test(title) &&
    title.split(' ').length <= 8 &&
    !/[.;,]$/.test(title) &&
    !CARRIES_ON.test(title)
  );
}

// A marker after the minute's text that names only its owner ends the line's paragraph.
const CLOSING_MARKER =
  /(?:[.!?)]\s*|\s)(?:[([]\s*(?:ACTIONS?|Actions?)\b[^()[\]]{0,80}[)\]]|(?:ACTIONS?|Actions?)(?:\s+\d{1,3}(?:\.\d{1,3})*[a-z]?)?\s*(?:by\s*)?[:\-–—]\s*[A-Z][\w'.&/,()]*(?:\s+[\w'.&/,()-]+){0,5})\s*\.?$/;
const BRACKETED_OWNER = /[a-z)\d][.!?]\s*\([A-Z]{2,3}(?:\s*[/,&]\s*[A-Z]{2,3})*\)\.?\s*$/;
// After an item with a margin owner, a new capitalised sentence is a new item, unless the
// owner's line stopped mid-sentence ("... submitted to    AF" / "Monitor at the end of May.").
const MARGIN_CLOSES = /^[A-Z]/;
const ACTION_POINT =
  /^Action\s+(?:Points?|Items?|No\.?)\s*\d{1,3}[a-z]?(?:\s*(?:,|&|and|-|–)\s*\d{1,3}[a-z]?)*\s*[:.]?\s*$/i;
const ACTION_POINT_ROW =
  /^Action\s+(?:Points?|Items?)\s*\d{1,3}[a-z]?(?:\s*(?:,|&|and|-|–)\s*\d{1,3}[a-z]?)*\s*[:\-–—]\s*(?:on-?going|open|outstanding|in progress|carried forward|completed?|closed|done|actioned)\b/i;
const LABEL_LINE =
  /^(?:Owners?|OWNERS?|Lead(?: officer)?|Responsible(?: officer)?|Action by|By whom|Due(?: date)?|Deadline|Timescale)\s*:\s*\S.{0,80}$/;

// A heading line: a few words and a colon, or a list of actions named without one.
const HEAD_LINE =
  /^(?:[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,4}:|(?:[A-Z][\w'-]*\s+){0,3}(?:[Aa]ctions?|[Aa]ction\s+(?:[Pp]oints|[Ii]tems|[Ll]ist)|[Nn]ext\s+[Ss]teps))$/;
// Inline markup a web page leaves in its text ("Health<strong>and</strong> Education").
const TAG = /<\/?(?:strong|b|em|i|u|span|p|br|div|li|ul|ol|td|tr|th|font|a)\b[^>]{0,200}>/gi;
// Where a flattened page starts a new item: a minute number ("4.1.1 Gypsy", "Programme4.4.1"),
// "Item 5", an action marker, a resolution, or the header of an action table.
const ITEM_START =
  /(?<!\d|\d\.|\d-[A-Z]{1,2})(?<=[A-Za-z.,;:)'"’]|[\w.,;:)'"’] )(?<!\b(?:paragraph|para|section|item|minute|page|version|appendix|annex|v) ?)(?=\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z]|Item \d{1,3}\b|ACTIONS?\s*:|ACTIONS? (?:\d{2,4}-)?[A-Z]?\d{1,3}(?:\.\d{1,3})*[a-z]?\s|Actions?\s*[:–—-]\s|RESOLVED\b|(?:Item|Ref\.?|No\.?)\s+Actions?\s+(?:Responsible|Owner|Lead|By whom|Who)\b)|(?<=[.!?;:] )(?=\d{1,2}\.\s+[A-Z])/g;
// In a page run together, a numbered list glued to its numbers ("... photo 2.Mail the report")
// and the heading of a list of actions ("... agreed. Next Steps – After the event 1.Send").
const GLUED_ITEM = /(?<=[\w.,;:)'"’] )(?=\d{1,2}\.[A-Z][a-z])/g;
const LIST_HEADING =
  /(?<=[.!?] )(?=(?:Next [Ss]teps|Action (?:[Pp]oints|[Ii]tems|[Ll]ist)|Actions(?: [Aa]greed| [Aa]rising)?|Agreed [Aa]ctions|Summary of [Aa]ctions)\b[^.]{0,60}? \d{1,2}\.\s?[A-Z])/g;
// A line this long is a whole page run together, not a paragraph of minutes.
const LONG = 400;

/** The lines to read, a flattened page cut where its items start; each keeps its line index. */
function* units(
  lines: readonly string[],
  from: number,
): Generator<{ raw: string; i: number; cut?: boolean }> {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length < LONG) {
      yield { raw: line.includes('<') ? line.replace(TAG, ' ') : line, i };
      continue;
    }
    // Cells that wrapped were run together ("TrustBoard", "WorkProgramme"): part them again.
    const flat = line.replace(TAG, ' ').replace(/(?<=[a-z]{2})(?=[A-Z][a-z])/g, ' ');
    for (const part of flat.split(ITEM_START))
      for (const piece of part.split(LIST_HEADING).flatMap((h) => h.split(GLUED_ITEM)))
        yield { raw: piece.replace(/^(\d{1,2}\.)(?=[A-Z])/, '$1 '), i, cut: true };
  }
}

export function paragraphs(lines: readonly string[], from = 0): Paragraph[] {
  const out: {
    ref: string | null;
    bullet: boolean;
    parts: string[];
    line: number;
    margin?: string;
    marginPart?: number;
  }[] = [];
  let open = false;
  // PDF export often puts a paragraph number on a line of its own ("4.20." then the text).
  let pendingRef: string | null = null;
  // The header may sit above where the body is read from, among the lines of the title.
  const marginHeader = lines.some((l) => MARGIN_HEADER.test(l));
  for (const unit of units(lines, from)) {
    const { raw, i } = unit;
    // Each piece cut from a flattened page starts its own paragraph.
    if (unit.cut) open = false;
    if (!raw.trim()) {
      open = false;
      continue;
    }
    const alone = /^\s*(\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?=\.))\.?\s*$/.exec(raw);
    if (alone) {
      pendingRef = alone[1]!;
      open = false;
      continue;
    }
    const inMargin = MARGIN.exec(raw) ?? (marginHeader ? MARGIN_UNDER_HEADER.exec(raw) : null);
    const margin = inMargin?.[2];
    const lead = splitLead(inMargin ? inMargin[1]! : raw);
    const ref = lead.ref ?? pendingRef;
    const { bullet, rest } = lead;
    pendingRef = null;
    const current = out[out.length - 1];
    // The owner sits on the item's first line, or on its last when the line before runs on.
    if (
      margin &&
      open &&
      ref === null &&
      !bullet &&
      current &&
      !current.margin &&
      /^[a-z(]/.test(rest.trim())
    ) {
      current.parts.push(rest.trim());
      current.margin = margin;
      current.marginPart = current.parts.length - 1;
      continue;
    }
    // An action marker or a resolution always starts its own paragraph, even without a blank line.
    const starts =
      /^(?:(?:FUTURE|NEW|FURTHER)\s+)?(?:ACTIONS?\b|Actions?(?:\s+points?|\s+from\s+(?:the\s+)?(?:last|previous)\s+meeting)?\s*(?:by\s*)?[:\-–—]|(?:AIs?|TODO|To ?do|Follow[- ]?ups?)\s*[:\-–—]\s|Action by\b|(?:Agreed|Future|New|Further) actions?\s*:|RESOLVED\b|Resolved\s*[:\-–])/.test(
        rest,
      );
    // "Action Point 1" and "Owner: Jane Smith" are lines of their own: nothing joins them;
    // "Action Points 11 and 12: Ongoing – ..." starts a row of a log reviewed line by line (a
    // point talked over, "Action Point 2 – JO read ...", may run on from the line before).
    const ownLine = ACTION_POINT.test(rest) || LABEL_LINE.test(rest);
    const pointRow = ACTION_POINT_ROW.test(rest);
    // A short heading in a block written without blank lines ("Action Items:") starts the
    // lines below it, unless it is itself one of the lines under a heading.
    const heads = HEAD_LINE.test(rest.trim()) && !/[:\-–—]$/.test(current?.parts[0]?.trim() ?? '');
    if (
      ref !== null ||
      bullet ||
      !open ||
      starts ||
      ownLine ||
      pointRow ||
      heads ||
      margin ||
      (current?.margin &&
        MARGIN_CLOSES.test(rest) &&
        !CARRIES_ON.test(current.parts[current.parts.length - 1]!.trim())) ||
      headingAbove(current, rest) ||
      endsAction(current, rest)
    ) {
      out.push({
        ref,
        bullet,
        parts: [rest.trim()],
        line: i,
        ...(margin ? { margin, marginPart: 0 } : {}),
      });
      open = !ownLine;
    } else out[out.length - 1]!.parts.push(raw.trim());
    // "... viewed. Action: Director of Planning" closes its minute: a heading on the next line
    // is not more of the owner.
    if (CLOSING_MARKER.test(raw) && !CARRIES_ON.test(raw.trim())) open = false;
    // "... from an alternative company. (JS)": an owner's initials in brackets close the item.
    if (BRACKETED_OWNER.test(raw)) open = false;
  }
  // Join a paragraph that stops mid-sentence with a lower-case continuation after a blank line.
  const merged: typeof out = [];
  for (const p of out) {
    const prev = merged[merged.length - 1];
    const first = p.parts[0] ?? '';
    if (prev && p.ref === null && !p.bullet && continues(prev.parts.join(' ').trim(), first)) {
      if (p.margin && !prev.margin) {
        prev.margin = p.margin;
        prev.marginPart = prev.parts.length + (p.marginPart ?? 0);
      }
      prev.parts.push(...p.parts);
    } else merged.push(p);
  }
  return merged
    .map((p) => ({
      ref: p.ref,
      bullet: p.bullet,
      text: squash(p.parts.join(' ')),
      line: p.line,
      ...(p.margin ? { margin: p.margin } : {}),
      ...(p.margin && p.marginPart !== undefined
        ? { marginLine: squash(p.parts[p.marginPart] ?? '') }
        : {}),
      lines: p.parts.map(squash).filter(Boolean),
    }))
    .filter((p) => p.text.length > 0);
}

// A paragraph left on a word no sentence ends with ("... would meet with L Foley and") is carried
// on by the next, even one that begins with a name ("S Ashdown to discuss ...").
const DANGLES = /\b(?:a|an|the|and|or|of|with|to|for|by|from|that)$/i;

/** Whether a paragraph opening with `first` carries on the sentence `prev` left unfinished. */
const continues = (prev: string, first: string): boolean =>
  !ENDS_SENTENCE.test(prev) &&
  (/^[a-z]/.test(first) || (/^[A-Z]/.test(first) && DANGLES.test(prev)));

// A line at least this long that fills most of the paragraph's width was wrapped, not ended.
const WRAP_WIDTH = 60;
const SENTENCE = /(?<=[.!?])\s+(?=[A-Z(])/;

/**
 * The sentences of a paragraph's text (or of a part of it), also cut where a line ends without
 * a full stop and the next begins a new one ("The tree on Mill Lane was reported" / "JG to
 * contact the landowner."): a line that ends on a lower-case word, does not carry on, is not
 * wrapped at the page's width, and is followed by a capitalised line.
 */
export function sentencesOf(text: string, lines: readonly string[] = []): string[] {
  return lineRuns(text, lines).flatMap((r) => r.split(SENTENCE));
}

/** The text cut only where a line ended without a full stop (see sentencesOf). */
export function lineRuns(text: string, lines: readonly string[] = []): string[] {
  const widest = Math.max(0, ...lines.map((l) => l.length));
  const cuts: number[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!;
    const b = lines[k + 1]!;
    if (!/[a-z]{3}$/.test(a) || CARRIES_ON.test(a) || !/^[A-Z]/.test(b)) continue;
    if (a.length >= WRAP_WIDTH && a.length >= 0.85 * widest) continue;
    const tail = a.slice(-30);
    const at = text.indexOf(`${tail} ${b.slice(0, 30)}`);
    if (at >= 0) cuts.push(at + tail.length);
  }
  const runs: string[] = [];
  let from = 0;
  for (const cut of cuts.sort((x, y) => x - y)) {
    runs.push(text.slice(from, cut));
    from = cut;
  }
  runs.push(text.slice(from));
  return runs.map((r) => r.trim()).filter((r) => r.length > 0);
}

/** A short line without a full stop: a heading such as "Anti-Social Behaviour". */
export const isHeading = (p: Paragraph): boolean =>
  !p.bullet && p.ref === null && p.text.split(' ').length <= 8 && !/[.;,]$/.test(p.text);

// A heading that opens the part of a meeting held without the public.
const RESTRICTED_OPENS =
  /^(?:\W*(?:\d+(?:\.\d+)*[.)]?\s*)?)(?:.{0,60}\b)?(?:part\s+(?:b|2|ii)\b|exempt\s+(?:information|items?|business|report|minutes?)\b|confidential\s+(?:items?|business|session|section|minutes?|matters?)\b|not for publication\b|(?:private|closed)\s+session\b|exclusion of (?:the )?(?:press and )?public\b)/i;
// ... and one that returns to the public part.
const RESTRICTED_CLOSES = /^\W*(?:part\s+(?:a|1|i)\b|public\s+(?:session|part|business|items?)\b)/i;

/**
 * For each line, whether it falls under an exempt or confidential item heading: from a short
 * heading line such as "PART B – EXEMPT INFORMATION", "Part 2 (confidential)" or "Exclusion of
 * the press and public", to a "Part A" / "Public session" heading or the end.
 */
export function restrictedLines(lines: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let inside = false;
  for (const raw of lines) {
    const line = squash(raw);
    const short = line.length > 0 && line.length <= 120;
    if (short && RESTRICTED_CLOSES.test(line)) inside = false;
    else if (short && RESTRICTED_OPENS.test(line)) inside = true;
    out.push(inside);
  }
  return out;
}
