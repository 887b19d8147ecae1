/**
 * Explicit actions in running minutes: "ACTION TG was asked to ...", "4.22. ACTION: ...",
 * "Action: Christian Steenberg to ...", "... by March. (Action MN)", ModernGov's
 * "Action by: Head of Finance (Jane Smith)" under a resolution, and bullets under an "Actions"
 * heading. A plan or programme called "Action" ("Time for Action", "Youth Action Plan",
 * "Action updates were received") is not an action.
 */
import { findDate } from './dates.ts';
import type { Found } from './found.ts';
import { botParagraphs, isMeetbot, isNick, nickLead } from './meetbot.ts';
import { capitalise, DocumentNames, leadingOwner, ownerList, type OwnerToken } from './owners.ts';
import {
  CHECKBOX,
  isHeading,
  LOG_CODE,
  lineRuns,
  sentencesOf,
  type Paragraph,
} from './sections.ts';
import { squash } from './text.ts';
import { SHORTHAND_ACTIONS } from './attendance/headings.ts';

// The word after "Action" that makes it a name, not a marker: Action Plan, Action for Children.
const NOT_MARKER =
  /^(?:plans?|logs?|trackers?|points?|updates?|lists?|learning|groups?|teams?|fraud|for|on|research|networks?|days?|weeks?|taken|arising|required|research|areas?|notes?|sheets?|summary|programmes?|items?|were|was|is|are|from|of|to|the|and|in)\b/i;

// The status a marker may carry in brackets: "ACTION (ongoing):", "Action [Closed] –".
const STATUS =
  'ongoing|on-going|open|new|pending|in progress|carried forward|outstanding|continuing|urgent|done|completed?|closed|actioned'.replace(
    /\b([a-z])/g,
    (c) => `[${c.toUpperCase()}${c}]`,
  );
const CLOSED_STATUS = /[([]\s*(?:done|completed?|closed|actioned)\s*[)\]]/i;

// A status cell's value, open or closed.
const STATUS_CELL =
  '[Oo]n ?-?going|ONGOING|[Ii]n [Pp]rogress|[Oo]pen|[Pp]ending|[Bb]y [Nn]ext [Mm]eeting|[Cc]ompleted?|COMPLETED?|[Dd]one|[Cc]losed';
const OWNER_CELL = '[A-Z][A-Za-z]{0,6}(?:/[A-Z][A-Za-z]{0,6})*';
// The header of a two-column log run together, "Action ... Status", perhaps with the meeting
// the actions are from between ("ACTION from 20120816 STATUS", "Actions agreed  Status").
const ACTION_STATUS_HEADER = /^(?:ACTIONS?|Actions?)(?:\s+[^\s.:;]+){0,3}\s+(?:STATUS|Status)$/;
// A row of it: the action's cell, then the status cell at the end of the line.
const ROW_STATUS_LAST = new RegExp(`^(.{12,}?)\\s+(${STATUS_CELL})\\.?$`, 'i');
const ROW_STATUS = new RegExp(`^(.{12,}?)\\s+(${OWNER_CELL})\\s+(${STATUS_CELL})(?![a-z])`);
const OWNER_STATUS = new RegExp(`^(${OWNER_CELL})\\s+(${STATUS_CELL})(?![a-z])`);
const STATUS_START = new RegExp(`^(?:${STATUS_CELL})(?![a-z])`);
/** An owner cell: initials or an office, nothing that could be a word of the action. */
function ownerCell(s: string, surnames: ReadonlySet<string>): OwnerToken[] | undefined {
  const owners = ownerList(s, surnames);
  return owners?.every((t) => t.kind === 'initials' || t.kind === 'office') ? owners : undefined;
}

// What a board votes on, and the record of its vote.
const VOTED = /^(?:approve|adopt|accept|ratify|receive|confirm)\b/i;
const VOTE_RECORD =
  /\b(?:motion(?:ed)?|moved by|seconded|second:|aye:|ayes\b|nays?\b|carried|passed unanimously|vote[ds]?)\b/i;

const MARKER = new RegExp(
  String.raw`^(?:\*\*)?(?:(?:Agreed|AGREED|FUTURE|Future|NEW|New|FURTHER|Further)\s+)?(ACTIONS?|Actions?|(?:AIs?|TODO|To ?do|TO ?DO|Follow[- ]?ups?|FOLLOW[- ]?UPS?)(?=\s*[:\-–—]\s))(?![A-Za-z])(?:\s+(?:points?|POINTS?|[Ii]tems?|ITEMS?|required|REQUIRED|agreed|AGREED|from\s+(?:the\s+)?(?:last|previous)\s+meeting)(?=\s*[:\-–—]))?(?:\s*[([]\s*(?:${STATUS})\s*[)\]](?=\s*[:\-–—]))?(?:\*\*)?(?:\s*(by|BY|By)\b)?\s*([:\-–—])?\s*`,
);

// "– Action – Yusuf to confirm the booking.": a marker between dashes, then who and what.
const DASH_MARKED =
  /\s[-–—]\s+(?:ACTIONS?|Actions?)\s*[-–—:]\s+([A-Z][^.!?]*?\sto\s+[a-z][^.!?]*)[.!?]?\s*$/;
const UNSTOPPED =
  /^(.{12,}?[a-z,])\s+(ACTIONS?|Actions?)(?:\s*by)?\s*([:\-–—]?)\s+([A-Z][\w'.&/, ()-]{0,60}?)\s*\.?$/;
const STATUS_WORD =
  /^(?:done|completed?|closed|ongoing|noted|agreed|tbc|tba|tbd|open|n\/a|na|asap|urgent|wip|rag)$/i;
const MARKED_LAST =
  /(?:\s+[-–—]\s*([A-Z][A-Za-z'./&, ]{0,40}?)|\s+\[\s*([A-Z][A-Za-z'./&, ]{0,40}?)\s*\]|\s+(?:[Aa]ction(?:ed)?\s+[Bb]y\s*:?|[Bb]y\s*:)\s*([A-Z][A-Za-z'./&, ]{0,40}?)|(?<=[a-z]{3}|[A-Z]{2})(?<!\b(?:Cllr|Prof|Capt|Supt|Insp|Sgt|DR|MR|MRS|MS))\.\s+(?![Aa]ction(?:ed)?\s+[Bb]y\b)([A-Z][A-Za-z' /&,]{0,40}?))\s*\.?$/;
// "... (Action: JG)", "... ACTION – JG", "... hedge. ACTION JG" (initials only without a colon, so
// "ACTION PLAN" is no marker), and as Scottish forums write it, "... - Action - Sharon": title
// case only after a dash, so "the Climate Action – Hillside group" is not a marker.
// "... imposed - Action Cllr Gilmour 6. PC Website": parish minutes from a web page write the
// owner after "- Action" with no colon, then run the next numbered item on. Only an owner's
// shape may follow (a titled surname, ALL, the Clerk, capital initials), so "the Ashcombe -
// Action Group" is no marker. Parish secretaries write either marker in any case ("... for
// publication. Action JL", "All agreed – action JB."): capital initials must still follow it.
const DASH_OWNER = String.raw`(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'-]+|ALL|All|(?:the\s+)?Clerk|[A-Z]{2,3}(?:\s*[/&]\s*[A-Z]{2,3})*)`;
const DASH_MARKER = String.raw`(?<=[a-z)])\s+[-–—]\s+[Aa]ctions?\s+(${DASH_OWNER})`;
const TRAILING = new RegExp(
  String.raw`\s*(?:[([]\s*(?:ACTIONS?|Actions?|action)\b\s*(?:by\b)?\s*[:\-–]?\s*([^()[\]]{1,80})[)\]]|\s[-–—]?\s*ACTIONS?\s*(?:BY|by)?\s*[:\-–]\s*([^.]{1,60})|(?<=[.!?])\s+[-–—]\s*Actions?\s*[:\-–—]\s*([A-Z][^.]{0,59})|(?<=[a-z])\s+[-–—]\s+Actions?\s*:\s*([A-Z][^.]{0,59})|(?<=[.!?])\s+(?:ACTIONS?|[Aa]ctions?)(?:\s+(?:BY|[Bb]y))?\s+([A-Z]{2,3}(?:\s*[/,&]\s*[A-Z]{2,3})*)|${DASH_MARKER})\s*\.?\s*$`,
);

// "Actions", "Agreed actions", "Action points", "Summary of actions", "Potential follow up
// action/discussion required:": a list follows. "ACTION" alone is a marker.
const ACTIONS_HEADING = new RegExp(
  String.raw`^(?:(?:the|review of|updates? (?:on|of|to)|progress on|previous|last|potential|proposed|key|open|outstanding|new|old)\s+){0,2}(?:(?:agreed|summary of|new|outstanding|open|key|follow[- ]?up)\s+actions?|actions(?:\s+(?:agreed|arising|summary|points?|list|items?|log|required|to (?:be )?(?:taken|carried forward)))?|action\s+(?:points|summary|list|items|log|sheet|required)|(?:outstanding|open)\s+action\s+point|matters arising|next steps|${SHORTHAND_ACTIONS})\b(?:\s*(?:[/&,–—-]|\band\b|\bfrom\b|\bof\b)[^.;]{0,60})?\s*:?$`,
  'i',
);
// An action table's header whose cells were run together: "Item Action Responsible Officer".
const COLUMN_HEADER =
  /^(?:(?:Item|Ref\.?|No\.?|Minute)\s+)?Actions?(?:\s+(?:Required|Agreed))?\s+(?:Responsible(?:\s+Officer)?|Owner|Lead(?:\s+Officer)?|By whom|Action by|Who)\b(?:\s+[A-Z][a-z]+){0,3}\s*$/;
// A list that only records what was decided: "RESOLVED that ...", "It was agreed ...".
const MOTION =
  /^(?:RESOLVED|Resolved|It was (?:RESOLVED|resolved|agreed|AGREED|noted|approved)|(?:AGREED|Agreed|APPROVED|Approved|NOTED|Noted|Received|RECEIVED)\b|That the (?:\w+ ){0,3}(?:approves?|notes?|agrees?|adopts?|receives?|endorses?)\b)/;
// A report's subject: initials, a titled or two-word name, or a noun phrase after a determiner;
// never an imperative's verb ("Confirm the lease has been signed").
const SUBJECT =
  "(?:[A-Z]{2,4}|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\\.?\\s+[A-Z][\\w'-]+|[A-Z][a-z'-]+\\s+[A-Z][\\w'-]+|(?:The|the|A|An|This|These|Our|All|Both|Each)\\s+(?:(?!(?:whether|that|if|which|who|when|what|how|to)\\b)[\\w'&-]+\\s+){0,4}?[\\w'&-]+)";
const REPORT = new RegExp(
  `^(?:(?:With regards? to|Regarding|Following|In relation to|As regards|Further to)\\b[^,]{0,150},\\s*)?(?:It (?:was|had been|has been)\\b|There (?:was|were|had been|has been)\\b|${SUBJECT}\\s+(?:(?:had|has|have|was|were)\\s+(?:(?:been|not|now|already|however|also)\\s+)*(?:[a-z]+ed|[a-z]+en|made|sent|held|paid|set|told|done|met|put|found|said)|(?:however\\s+|also\\s+)?(?:noted|reported|said|explained|advised|confirmed|stated|commented|highlighted|informed|thanked|welcomed|added|updated|presented|circulated|attended|gave|met|spoke))\\b)`,
);
// "MS in PT program (Dahlgren, Briggs-Bunting) Second reading. Approved": a motion, its mover
// and seconder in brackets, its reading or its vote after them; a senate's "Summary of actions".
const MOTION_READ =
  /\b(?:first|second|third|final) reading\b|\((?:[A-Z][\w'-]+(?:\s*[,/&]\s*|\s+and\s+)){1,2}[A-Z][\w'-]+\)\s*(?:approved|carried|adopted|passed|defeated|tabled|withdrawn|failed)\b/i;
// "Budget for 2025/26 adopted": a motion passed, written as its outcome.
const DECIDED_END =
  /\b(?:agreed|approved|adopted|accepted|ratified|endorsed|noted|received|carried|resolved)\.?$/i;
const LABEL =
  /\b(owner|owners|lead|lead officer|responsible(?: officer)?|by whom|action by|due(?: date)?|deadline|by when|target date|timescale|date due)\s*:\s*(.*?)\)?(?=[,;]?\s+(?:owner|owners|lead|lead officer|responsible(?: officer)?|by whom|action by|due(?: date)?|deadline|by when|target date|timescale|date due)\s*:|\)?\.?$)/gi;
// "... (Owner: Tom Reed, Due: June)": the labels may sit in brackets.
const LABELS =
  /\s+\(?(?:Owners?|OWNERS?|Lead(?: officer)?|LEAD|Responsible(?: officer)?|By whom|Due(?: date)?|DUE|Deadline|By when|Target date|Timescale|Date due)\s*:\s*.*$/;

const NONE = /^(?:none|n\/?a|no actions?|nil|noted|complete[d]?|closed|ongoing|done)\.?$/i;
/** The one group of an alternation that matched: what follows the marker. */
const firstGroup = (m: RegExpExecArray): string =>
  m
    .slice(1)
    .find((g) => g !== undefined)!
    .trim();

const DUE_LAST = /\s*[-–—,;]\s*due\s*:?\s+(\S.{2,30}?)\.?$/i;
const DATE_AFTER_OWNER = /\s+[-–—]\s+(\S[^-–—]{2,30}?)\.?$/;
// "June 2022", "end of March", "next meeting": a when without a day.
const WHEN_ALONE =
  /^(?:(?:end of |mid-?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|(?:the )?next meeting)$/i;

// The verbs an action list's item opens with ("Order new padlocks (Tobias Crane)"); an agenda
// line opens with its subject ("Membership applications (Kate Price)").
const IMPERATIVE =
  /^(?:write|order|ask|send|book|update|contact|arrange|circulate|draft|review|prepare|check|confirm|chase|investigate|obtain|organi[sz]e|provide|schedule|set up|follow up|liaise|speak|e-?mail|phone|call|invite|publish|post|share|submit|find|produce|collate|seek|raise|repair|replace|renew|purchase|buy|get|source|identify|explore|complete|finali[sz]e|add|remove|amend|distribute|request|respond|reply|inform|notify|compile|design|create|establish|research|look into)\b/i;

// An action's own number after its marker: "Action 2.01:", "ACTION 3b", "ACTION 2209-B1.1".
// "2.01", "21-A3", "22/05" (a meeting's number and the item's); never a date ("12/05/22").
const ACTION_REF = /(?:\d{2,4}-)?[A-Z]?\d{1,3}(?:\.\d{1,3})*(?:\/\d{1,3})?[a-z]?(?![\w/])/;
const NUMBERED = new RegExp(`^(${ACTION_REF.source})\\s*(?:[:\\-–—]\\s*|\\s(?=\\S))`);

/** True when a paragraph is written as an action (so it is not offered again as a suggestion). */
export const looksLikeAction = (text: string, ref: string | null = null): boolean =>
  // An action log's row is an action or a closed one, never a commitment to suggest.
  (ref !== null && (LOG_CODE.test(ref) || ACTION_CODE.test(ref))) ||
  // A marker whose text ran on into the minute after it (a page read as one line) leaves
  // the rest of the paragraph to be read for commitments.
  (/^(?:ACTION|Actions?\s*(?:by)?\s*[:\-–])/.test(text) && beforeRunOn(text) === text) ||
  // "Action list: JG to ... KP to ...": a list run into its heading's paragraph.
  /^(?:Action (?:list|points?|items?)|Actions (?:agreed|arising)|Agreed actions|Next steps)\s*:/i.test(
    text,
  ) ||
  TRAILING.test(text);

// A line that opens with its label: "Discussion: ...", "Conclusion: ...", "Action Items: ...".
const LABEL_LINE = /^[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2}(?: \d{1,3})?\s*:\s+\S/;
// An action's own label on such a line: "Action Items:", "Action Item 1:", "Action Point 3 -".
const ACTION_LABEL =
  /^(?:ACTIONS?|Actions?)(?:\s+(?:[Ii]tems?|[Pp]oints?|ITEMS?|POINTS?))?(?:\s+\d{1,3}[a-z]?)?\s*[:\-–—]\s+\S/;
const MIN_LABEL_LINES = 3;
const ITEM_CODE = /^(?:A|AP|ACT) ?\d{1,4}[a-z]?\s+(?=[A-Z])/;
// An action point's code as its ref ("AP1:", "AP 12 -", "ACT3:"), and its status after a dash.
const ACTION_CODE = /^(?:AP|ACT) ?\d{1,4}[a-z]?$/;
const CLOSED_LAST = /[-–—(]\s*(?:closed|completed?|done)\W*$/i;
const OPEN_LAST =
  /\s*[-–—(]\s*(?:open|ongoing|on-going|in progress|carried forward|not (?:yet )?(?:completed?|done|started))\W*$/i;
const ACTION_FOR = /^(?:ACTION|Action)\s+(?:for|FOR)\s+([A-Z][\w'.&/, -]{0,40}?)\s*:\s*(\S.*)$/;
const INITIALS_LAST = /(?<=[a-z)]{2}[.!?])\s+([A-Z]{2,3}(?:\s*[/,&]\s*[A-Z]{2,3})*)\.?\s*$/;
// "... attendance. Action By 1. Apologies ...": an owner column's header flattened into the
// first item, so that each owner ("ALL", "PD") follows its item's last sentence.
// "Action points are in orange.", "Actions in bold", "Actions are highlighted in red".
const COLOUR_DECLARED =
  /^(?:(?:agreed|all)\s+)?(?:action points?|actions?(?: items?)?)\s+(?:are\s+|is\s+)?(?:shown\s+|highlighted\s+|written\s+|marked\s+)?(?:in\s+)?(?:red|orange|blue|green|yellow|purple|bold|italics?|capitals)\b[^.]{0,30}\.?$/i;
const COLUMN_RUN_IN = /(?:^|[.!?]\s+)(?:Action(?: [Bb]y)?|ACTION(?: BY)?)\s+\d{1,2}\.\s+[A-Z]/;

/**
 * Notes kept as labelled lines with no blank line between ("Discussion: ..." / "Conclusion:
 * ..." / "Action Items: Brad & RP to meet ..."): each line is an item of its own, so an action
 * label stops at its line's end rather than running on into the next item.
 */
function labelledLines(p: Paragraph): Paragraph[] {
  const lines = p.lines ?? [];
  if (
    lines.length < MIN_LABEL_LINES ||
    lines.filter((l) => LABEL_LINE.test(l.trim())).length < MIN_LABEL_LINES ||
    !lines.some((l) => ACTION_LABEL.test(l.trim()))
  )
    return [p];
  return lines.map((l, k) => ({
    ...p,
    ref: k ? null : p.ref,
    bullet: k ? false : p.bullet,
    text: l.trim(),
    line: p.line + k,
    lines: [l],
  }));
}

// Markdown's marks around a heading or a leading label ("## Action items", "**Action:**",
// "__Next steps:__"), and an @-mention's "@" before a capitalised name ("@Nia to draft ...").
const MD_HEADING = /^#{1,6}\s+/;
const MD_LABEL = /^(\*\*|__|\*|_)(?=\S)([^*_]{1,40}?)\1(?=\s|:|$)/;
const MENTION = /^@(?=[A-Z])/;

/** A paragraph with its Markdown marks taken off, so headings and markers read as plain text. */
function unmarkdown(p: Paragraph): Paragraph {
  const plain = (s: string) =>
    s.replace(MD_HEADING, '').replace(MD_LABEL, '$2').replace(MENTION, '');
  const text = plain(p.text);
  if (text === p.text) return p;
  return { ...p, text, lines: p.lines?.map((l, k) => (k ? l : plain(l.trim()))) };
}

/** "The Board agreed the approach. ACTION: JS to circulate it." holds its action mid-way. */
function splitAtMarker(p: Paragraph): Paragraph[] {
  // "... trimming (Action: JG). Members noted the report.": the bracket closes its action.
  const bracket = /[([]\s*(?:ACTIONS?|Actions?|action)\b[^()[\]]{1,80}[)\]]\.?(?=\s+[A-Z])/.exec(
    p.text,
  );
  if (bracket && bracket.index >= 3) {
    const at = bracket.index + bracket[0].length;
    return [
      { ...p, text: p.text.slice(0, at), lines: [] },
      ...splitAtMarker({
        ...p,
        ref: null,
        bullet: false,
        text: p.text.slice(at).trim(),
        lines: [],
      }),
    ];
  }
  // The full stop before it may have lost its space ("village.Action 2.01: CP"), and the
  // marker may carry the action's own number.
  const m = new RegExp(
    `[.!?)](?:\\s+|(?=Action))(?=(?:ACTIONS?|Actions?(?:\\s+points?)?)(?:\\s+${ACTION_REF.source})?\\s*(?:by\\s*)?[:\\-–—]\\s*\\S)`,
  ).exec(p.text);
  // A page cut at its markers leaves the marker first: "Action: Clerk Standing Orders were ...".
  const first = !m || m.index < 3 ? ownerThenReport(p.text) : undefined;
  if (first)
    return [
      { ...p, text: p.text.slice(0, first), lines: [] },
      ...splitAtMarker({ ...p, ref: null, bullet: false, text: p.text.slice(first).trim() }),
    ];
  if (!m || m.index < 3) return [p];
  const at = m.index + m[0].length;
  // Minutes run into one paragraph may hold several markers: each one's text is split off too.
  const rest = p.text.slice(at);
  const closing = ownerThenReport(rest);
  if (closing)
    return [
      { ...p, text: p.text.slice(0, m.index + 1) },
      { ...p, ref: null, bullet: false, text: rest.slice(0, closing), lines: [] },
      ...splitAtMarker({ ...p, ref: null, bullet: false, text: rest.slice(closing).trim() }),
    ];
  return [
    { ...p, text: p.text.slice(0, m.index + 1) },
    ...splitAtMarker({ ...p, bullet: false, text: rest }),
  ];
}

/**
 * Where a marker that only names the owner of the sentence before it ends, in minutes run into
 * one paragraph: "... to be posted on the website. Action: Clerk/Webmaster Standing Orders were
 * suspended." The owner (offices, initials, names) is followed by a report of what happened
 * next, a resolution or the next minute's number, never by what the owner is to do.
 */
function ownerThenReport(marked: string): number | undefined {
  const head = /^(?:ACTIONS?|Actions?)\s*(?:by\s*)?[:\-–—]\s*/.exec(marked);
  if (!head) return undefined;
  const words = [...marked.slice(head[0].length).matchAll(/\S+/g)];
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const written = words
      .slice(0, n)
      .map((w) => w[0])
      .join(' ');
    const after = marked.slice(head[0].length + words[n]!.index);
    if (!/^[A-Z\d]/.test(after) || /[.,;:]$/.test(written) || !markerOwners(written, new Set()))
      continue;
    if (REPORT.test(after) || MOTION.test(after) || /^\d{1,2}(?:\.\d{1,2}){1,2}\.?\s/.test(after))
      return head[0].length + words[n]!.index;
  }
  return undefined;
}

/**
 * "... - Action Cllr Gilmour 6. PC Website ...": the next numbered item run on after a dash
 * marker's owner starts a paragraph of its own, so the marker closes the one before it.
 */
export function splitAfterDashMarker(p: Paragraph): Paragraph[] {
  const m = new RegExp(`${DASH_MARKER}\\.?\\s+(?=\\d{1,2}[.)]\\s+[A-Z])`).exec(p.text);
  if (!m) return [p];
  const at = m.index + m[0].length;
  return [
    { ...p, text: p.text.slice(0, at).trim(), lines: [] },
    ...splitAfterDashMarker({ ...p, ref: null, bullet: false, text: p.text.slice(at), lines: [] }),
  ];
}

/** A paragraph's lines as printed, or its text when it kept none. */
const linesOf = (p: Paragraph): string[] =>
  (p.lines?.length ? p.lines : [p.text]).map((l) => l.replace(/^\s*[-•*]\s+/, '').trim());

/** Finds explicit actions in the paragraphs of the body. */
export function explicitActions(
  input: readonly Paragraph[],
  surnames: ReadonlySet<string>,
  /** Attendees' first names, lower case: "Carol to ..." names a person only if one is Carol. */
  forenames: ReadonlySet<string> = new Set(),
): Found[] {
  // A meeting bot's log or summary: its recorded actions, one a paragraph, owned by nicks.
  const bot = isMeetbot(input);
  const paras = (bot ? input.flatMap(botParagraphs) : input)
    .map(unmarkdown)
    .flatMap(labelledLines)
    .flatMap(splitAtMarker);
  const found: Found[] = [];
  let inActionsList = false;
  let loose = false;
  let listRef: string | null = null;
  // The "Owner: ..." labels an action above them took as its own, by paragraph.
  const taken = new Set<number>();
  // "Action" alone on a line: the header of a right-hand margin column, flattened by PDF export
  // so that each item is followed by its owner's initials on a line of their own.
  const margin = paras.some((p) => /^(?:Action|ACTION|Action by|Owner)$/.test(p.text));
  // ... or run into the text, where "ALL" after an item's last sentence is its owner.
  const ownerColumn = margin || paras.some((p) => COLUMN_RUN_IN.test(p.text));
  // "Action points are in orange": the colour is lost, so each "Carol to ..." line is one.
  const colourMarked = paras.some((p) => linesOf(p).some((l) => COLOUR_DECLARED.test(l)));
  // A header row naming an owner column and a status column, its cells run together.
  const statusTable = paras.some(
    (p) =>
      p.text.split(' ').length <= 14 &&
      /\b(?:Owner|Councillor|Lead|Responsible|Who|By whom|Action by)\b/.test(p.text) &&
      /\b(?:Status|Completed|Progress)\b/.test(p.text),
  );
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const next = paras[i + 1];
    const celled = pipeCellActions(p, surnames);
    if (celled.length) {
      found.push(...celled);
      continue;
    }
    // "ACTION from 20120816 STATUS", then one row a line, each ending in its status: a log of
    // two columns whose cells ran together. Closed rows are left out; an open row is an action
    // when it says who does it ("All to think of targets for D4.1. in progress").
    // The header may head the paragraph of its rows, or stand alone above them.
    const withRows = p.lines && p.lines.length > 1 && ACTION_STATUS_HEADER.test(p.lines[0]!.trim());
    const rowsOf = withRows
      ? p
      : ACTION_STATUS_HEADER.test(p.text) && next && !isHeading(next)
        ? next
        : undefined;
    if (rowsOf) {
      const lines = withRows
        ? p.lines!.slice(1)
        : rowsOf.lines?.length
          ? rowsOf.lines
          : [rowsOf.text];
      const rows = lines.map((l) => ROW_STATUS_LAST.exec(l.trim()));
      if (rows.length && rows.every(Boolean)) {
        for (const row of rows) {
          if (/^(?:completed?|done|closed)$/i.test(row![2]!)) continue;
          const item = fromBody({ ...rowsOf, ref: null }, row![1]!, surnames, 0.8, true, forenames);
          if (item.ownersAsWritten) found.push(item);
        }
        if (!withRows) i++;
        continue;
      }
    }
    // An action log's row: the action, then after a dash its status; a closed row is left out.
    if (p.ref && LOG_CODE.test(p.ref)) {
      // Not a dash inside a quoted title ("“Our Plan – The Story So Far”").
      const cut = [...p.text.matchAll(/(?:[.!?]\s*[-–—]|\s[-–—])\s*(?=[A-Z])/g)]
        .filter((m) => {
          const before = p.text.slice(0, m.index);
          return !/“[^”]*$/.test(before) && before.split('"').length % 2 === 1;
        })
        .pop();
      const stopped = cut
        ? null
        : /^(.*[.!?])\s*((?:Completed?|Done|Closed|Actioned|Open|Ongoing|On-going|In progress)\b.*)$/.exec(
            p.text,
          );
      const text = cut ? p.text.slice(0, cut.index) : (stopped?.[1] ?? p.text);
      const status = cut ? p.text.slice(cut.index + cut[0].length) : (stopped?.[2] ?? '');
      // The part after the dash may be the row's owner column ("... verge – JG").
      const owners = status.trim() ? ownerList(status.trim(), surnames) : undefined;
      if (owners && text.trim())
        found.push(ownedAction(p.ref, cleanText(text), status.trim(), owners, 0.8));
      else if (!LOG_CLOSED.test(status.trim()) && text.trim())
        found.push(fromBody(p, text, surnames, 0.8, false, forenames));
      continue;
    }
    // A table flattened without separators: the action, its owner cell, its status cell, on
    // one line or one a paragraph; a closed row is left out.
    if (statusTable) {
      const row = ROW_STATUS.exec(p.text);
      const rowOwners = row ? ownerCell(row[2]!, surnames) : undefined;
      const alone = !row && next ? ownerCell(next.text, surnames) : undefined;
      const after = alone ? paras[i + 2] : undefined;
      const lead = !row && !alone && next ? OWNER_STATUS.exec(next.text) : null;
      const leadOwners = lead ? ownerCell(lead[1]!, surnames) : undefined;
      const cells =
        row && rowOwners
          ? { text: row[1]!, written: row[2]!, owners: rowOwners, status: row[3]!, skip: 0 }
          : alone && after && STATUS_START.test(after.text)
            ? { text: p.text, written: next!.text, owners: alone, status: after.text, skip: 2 }
            : lead && leadOwners
              ? { text: p.text, written: lead[1]!, owners: leadOwners, status: lead[2]!, skip: 1 }
              : null;
      if (cells && cells.text.split(' ').length >= 3) {
        i += cells.skip;
        if (/^(?:completed?|done|closed)/i.test(cells.status)) continue;
        const f = fromBody(p, cells.text, surnames, 0.75, false, forenames);
        found.push({ ...f, ownersAsWritten: cells.written, owners: cells.owners });
        continue;
      }
    }
    // A task list's item: "[ ]" open, "[x]" done (left out, as a closed action is).
    const box = CHECKBOX.exec(p.text);
    if (box) {
      if (box[1] !== ' ') continue;
      const rest = p.text.slice(box[0].length);
      // "For Kate: draft the leaflet": the label names whom the task is for.
      const label = /^For\s+([A-Z][\w'.&/ -]{0,40}?)\s*:\s*(\S.*)$/.exec(rest);
      const owners = label ? ownerList(label[1]!, surnames, { firstNames: true }) : undefined;
      found.push(
        label && owners
          ? {
              kind: 'explicit',
              ref: p.ref,
              text: cleanText(label[2]!),
              ownersAsWritten: label[1]!,
              owners,
              confidence: 0.85,
            }
          : fromBody(p, rest, surnames, 0.85, true, forenames),
      );
      continue;
    }
    if (
      margin &&
      next &&
      !MARKER.test(p.text) &&
      /^[A-Z][A-Za-z']{1,3}(?:\s*[/,&]\s*[A-Z][A-Za-z']{1,3})*$/.test(next.text) &&
      !/\b(?:action complete|no further action|completed?)\b/i.test(p.text)
    ) {
      const owners = ownerList(next.text, surnames);
      if (owners?.every((t) => t.kind === 'initials')) {
        const text = cleanText(p.text.replace(/^\(\d+(?:\.\d+)*\)\s*/, ''));
        found.push(
          ownedAction(
            p.ref ?? /^\((\d+(?:\.\d+)*)\)/.exec(p.text)?.[1] ?? null,
            text,
            next.text,
            owners,
            0.75,
          ),
        );
        i++;
        continue;
      }
    }
    // "Circulate the terms of reference        TG": the owner in the right-hand margin.
    if (p.margin) {
      const owners = ownerList(p.margin, surnames);
      const marked = MARKER.exec(p.text);
      const body = marked && marked[0].trim() ? p.text.slice(marked[0].length) : marginSentence(p);
      const text = cleanText(body);
      if (owners && text && !/\b(?:action complete|no further action|completed?)\b/i.test(p.text)) {
        found.push(ownedAction(p.ref, text, p.margin, owners, 0.75));
        continue;
      }
    }
    if (
      // A bullet may carry the heading of the bullets nested under it ("• New Action Items:").
      (ACTIONS_HEADING.test(p.text) && isHeading({ ...p, ref: null, bullet: false })) ||
      COLUMN_HEADER.test(p.text)
    ) {
      inActionsList = true;
      loose = /matters arising/i.test(p.text);
      // Under a numbered heading ("136. Action log") the items are its sub-items (136.1, 136.2).
      listRef = p.ref;
      continue;
    }
    // "Action list:" with its items on the lines below it, no blank line between: one a line.
    const lines = p.lines ?? [];
    if (
      lines.length > 1 &&
      !p.bullet &&
      ACTIONS_HEADING.test(lines[0]!) &&
      isHeading({ ...p, ref: null, text: lines[0]! })
    ) {
      for (const row of itemLines(lines.slice(1), surnames, forenames)) {
        // A table's cells (its header row left when tables.ts took the rows) are not items,
        // unless the last says who does what ("Query raised? / Annie to ask the bank ...").
        const cells = /\s[/|]\s|\t/.test(row);
        const line = cells ? doerCell(row, surnames, forenames)?.cell : row;
        if (!line) continue;
        const item = fromBody({ ...p, ref: null }, line, surnames, 0.85, true, forenames);
        // Unnumbered lines run on from a heading are as often notes as actions: each must name
        // who does it.
        if (item.ownersAsWritten && !NONE.test(line)) found.push(item);
      }
      continue;
    }
    const led = colourMarked
      ? linesOf(p)
          .filter((l) => personLead(l, surnames, forenames, true))
          .map((l) => fromBody(p, l, surnames, 0.75, true, forenames, true))
      : [];
    if (led.length) {
      found.push(...led);
      continue;
    }
    if (inActionsList) {
      const numbered =
        p.ref !== null &&
        /^(?:\d+(?:\.\d+)*|[a-z]|[A-Z]{1,3} ?\d{1,4}[a-z]?)$/.test(p.ref) &&
        (listRef === null || p.ref.startsWith(`${listRef}.`));
      // A numbered agenda heading after "Actions" ends the list; bullets and sentences do not,
      // nor a short item that names who does it ("2) Clerk to order the bench"). An item that
      // ends in a colon introduces what follows it ("1. Note actions that need follow-up by the
      // Secretary:"): the next part of the agenda, not an action.
      const introduces =
        p.ref !== null &&
        !p.bullet &&
        /:$/.test(p.text.trim()) &&
        !doerNamed(p.text, surnames, forenames);
      if (introduces) inActionsList = false;
      else if (
        p.bullet ||
        (numbered &&
          (!isHeading({ ...p, ref: null }) ||
            DECIDED_END.test(p.text) ||
            doerNamed(p.text, surnames, forenames)) &&
          p.text !== p.text.toUpperCase())
      ) {
        // "2.2 Action: NB to follow up ...": a marker inside an item is read past.
        const lead = MARKER.exec(p.text);
        const marked = lead?.[2] || lead?.[3] ? p.text.slice(lead[0].length) : p.text;
        // "AP135 MR to resend the letter ... - CLOSED": a coded action point ends in its status,
        // as it does outside a list; a closed one is left out, an open one's status dropped.
        const coded = p.ref !== null && ACTION_CODE.test(p.ref);
        if (coded && CLOSED_LAST.test(marked)) continue;
        const own = coded ? marked.replace(OPEN_LAST, '') : marked;
        // "Owner: Clerk  Due: March" on the line below the item belongs to it.
        const item = labelledAfter(
          fromBody(p, own, surnames, 0.85, true, forenames, true),
          next,
          surnames,
        );
        if (LABELLED.test(next?.text ?? '')) taken.add(++i);
        // A motion passed is not an action, unless the item still names who does what.
        const motion = (MOTION.test(p.text) || MOTION_READ.test(p.text)) && !item.ownersAsWritten;
        // "Matters arising" lists progress reports as often as actions: there an item must name
        // who does it.
        const reads = !loose || Boolean(item.ownersAsWritten);
        // "1. / Welcome and introductions": a row tables.ts read as an agenda, not an action.
        const agendaRow = /^[/|]/.test(p.text);
        // "GC confirmed that ...", "The hall had been booked": progress reported, not asked for.
        const report = !item.ownersAsWritten && (REPORT.test(own) || DECIDED_END.test(own));
        if (!NONE.test(own) && !motion && reads && !agendaRow && !report) found.push(item);
        continue;
      }
      const unmarked = unmarkedItems(p, surnames, forenames);
      if (unmarked) {
        found.push(...unmarked);
        continue;
      }
      inActionsList = false;
    }
    // "• Clint: truck donors page. CARRYOVER" bullet after bullet: last meeting's commitments,
    // each closed by its status word; the open ones are actions.
    const commitments = p.bullet ? statusBullets(paras, i, surnames, forenames) : undefined;
    if (commitments) {
      found.push(...commitments.found);
      i += commitments.read - 1;
      continue;
    }
    // "- Peter Monks: draft the proposal" / "- All: review the slides" bullet after bullet: an
    // action list that lost its heading (a wiki's task list copied out).
    const run = p.bullet ? ownerBullets(paras, i, surnames, forenames) : [];
    if (run.length) {
      found.push(...run);
      i += run.length - 1;
      continue;
    }
    // "Fletcher - finish the induction checklists - In progress" line after line: a committee's
    // running task list, each line its owners, the task, then its status.
    const dashList = p.bullet ? undefined : ownerDashLines(p, surnames);
    if (dashList) {
      found.push(...dashList);
      continue;
    }
    // "AP1: RL to ask ...": an action point's own code marks it outside any list too.
    if (p.ref && ACTION_CODE.test(p.ref)) {
      if (!CLOSED_LAST.test(p.text) && !NONE.test(p.text))
        found.push(fromBody(p, p.text.replace(OPEN_LAST, ''), surnames, 0.8, true, forenames));
      continue;
    }
    // "Action for RL: ask the council ...": the owner between the marker and the colon.
    const forOwner = ACTION_FOR.exec(p.text);
    const forOwners = forOwner ? namedOwners(forOwner[1]!, surnames, forenames) : undefined;
    if (forOwner && forOwners?.every((t) => t.kind !== 'group')) {
      found.push(ownedAction(p.ref, cleanText(forOwner[2]!), forOwner[1]!, forOwners, 0.85));
      continue;
    }
    // "Action Point 1" on a line of its own, the action below it, then perhaps "Owner: ..."; or
    // "Action Item 1: Work day set" with the action on its line.
    const point = ACTION_POINT.exec(p.text);
    if (point?.[2]) {
      // "Action Points 11 and 12: Ongoing – Members ... are to respond": the log's status first.
      const status = POINT_STATUS.exec(point[2]);
      if (
        status &&
        !/^(?:on-?going|open|outstanding|in progress|carried forward)/i.test(status[1]!)
      )
        continue;
      const body = status ? point[2].slice(status[0].length) : point[2];
      // "Action Point 13: LN updated - ...": what was reported on it, no task of its own.
      if (REPORTED_ON.test(body) && !/\b(?:to|will|would)\s+[a-z]/.test(body)) continue;
      found.push(
        fromBody({ ...p, ref: p.ref ?? point[1]! }, body, surnames, 0.85, false, forenames),
      );
      continue;
    }
    if (point) {
      if (next && !isHeading(next) && !MARKER.test(next.text)) {
        const f = fromBody(
          { ...next, ref: p.ref ?? point[1]! },
          next.text,
          surnames,
          0.85,
          false,
          forenames,
        );
        found.push(labelledAfter(f, paras[i + 2], surnames));
        if (LABELLED.test(paras[i + 2]?.text ?? '')) taken.add(i + 2);
        i += LABELLED.test(paras[i + 2]?.text ?? '') ? 2 : 1;
      }
      continue;
    }
    const marker = MARKER.exec(p.text);
    if (marker) {
      if (CLOSED_STATUS.test(marker[0])) continue;
      // "Action: Approve agenda" on a US-style agenda is an item put to a vote, not a task.
      const asked = p.text.slice(marker[0].length);
      // Outside a bot's log a nick owns an action only when the attendance list declares it
      // ("AI: henne to evaluate ..." after "Hendrik Vogelsang (henne)").
      const nick = nickLead(
        asked,
        bot ? notSomeone : (w) => !isNick(w) || !forenames.has(w.toLowerCase()),
      );
      // "ACTION: All further comments to Kristen": everyone is to send theirs.
      const lead = nick ?? (EVERYONE_SENDS.test(asked) ? everyone(asked) : undefined);
      if (lead) {
        found.push(ownedAction(p.ref, cleanText(lead.rest), lead.written, lead.owners, 0.85));
        continue;
      }
      if (
        VOTED.test(asked) &&
        (/\b(?:agenda|minutes|consent (?:calendar|agenda))\b/i.test(asked) ||
          VOTE_RECORD.test(`${p.text} ${next?.text ?? ''}`))
      )
        continue;
      const rest = p.text.slice(marker[0].length);
      const upper = marker[1] === marker[1]!.toUpperCase();
      const punct = Boolean(marker[2] || marker[3]);
      // "Action updates were received", "ACTION PLAN": a name, not a marker.
      if (!punct && (NOT_MARKER.test(rest) || (!rest.trim() && marker[1] !== 'ACTION'))) {
        if (/s$/i.test(marker[1]!) && !rest.trim()) inActionsList = true;
        continue;
      }
      const numbered = NUMBERED.exec(rest);
      if (numbered || /^\d/.test(rest)) {
        // "Action 2.01: CP" closes the text above; "ACTION 6.1 JG to ..." holds its own text.
        const after = numbered ? rest.slice(numbered[0].length) : '';
        const ref = numbered?.[1] ?? null;
        const owners =
          after && !NONE.test(after) ? markerOwners(stripDue(after), surnames) : undefined;
        const prev = owners ? previousText(paras, i) : undefined;
        if (owners && prev)
          found.push(
            ownedAction(
              ref ?? p.ref ?? prev.ref,
              cleanText(closedByMarker(prev.text, prev.lines)),
              stripDue(after),
              owners,
              0.85,
              after,
            ),
          );
        else if (after && !owners && !NONE.test(after) && personLead(after, surnames, forenames))
          found.push(
            ...pieces(beforeRunOn(after, surnames), surnames, forenames, p.lines).map((piece) =>
              fromBody({ ...p, ref }, piece, surnames, 0.85, false, forenames),
            ),
          );
        continue;
      }
      // Title-case "Action" without a colon is an action only when an owner follows; so is
      // "AI:", which may as well open a sentence about artificial intelligence.
      if (!upper && !punct && !leadingOwner(rest, surnames)) continue;
      if (/^(?:AI|TO|To|Fo|FO)/.test(marker[1]!) && !personLead(rest, surnames, forenames))
        continue;
      const strong = upper || punct;
      if (!rest.trim()) {
        const next = paras[i + 1];
        // "Action by:" alone, then an owner a line ("DIRECTOR OF FINANCE (J. SMITH)"): the
        // owners are below it and the text is the resolution above.
        const below = ownerLines(next, surnames);
        const prev = below && previousText(paras, i);
        if (below && prev) {
          found.push(
            ownedAction(
              p.ref ?? prev.ref ?? (marker[2] ? minuteNumber(paras, i) : null),
              cleanText(closedByMarker(prev.text, prev.lines)),
              below.written,
              below.owners,
              0.85,
            ),
          );
          i++;
          continue;
        }
        // "ACTION:" alone, its text in the next paragraph.
        if (next && !isHeading(next) && (upper || punct) && !/s$/i.test(marker[1]!)) {
          found.push(
            labelledAfter(
              fromBody(
                { ...next, ref: p.ref ?? next.ref },
                next.text,
                surnames,
                0.8,
                false,
                forenames,
              ),
              paras[i + 2],
              surnames,
            ),
          );
          i++;
          if (LABELLED.test(paras[i + 1]?.text ?? '')) taken.add(++i);
        } else if (/s$/i.test(marker[1]!) || marker[3]) inActionsList = true;
        continue;
      }
      // "ACTION 3: closed" reports on an earlier action; "Action: None" records that there is none.
      if (NONE.test(rest)) continue;
      // "ACTION: AB Done; CD Carried forward": each owner's status of the action above it.
      const parts = statusParts(rest, surnames);
      if (parts) {
        const open = parts.filter((part) => !part.closed);
        const prev = previousText(paras, i);
        if (open.length && prev)
          found.push(
            ownedAction(
              p.ref ?? prev.ref,
              cleanText(openPart(prev, open, surnames)),
              open.map((part) => part.written).join(', '),
              open.flatMap((part) => part.owners),
              0.85,
            ),
          );
        continue;
      }
      // "Action by: Director of Finance" / "Action: MN": the text is the paragraph above.
      const onlyOwners = markerOwners(stripDue(rest), surnames);
      if (onlyOwners) {
        const prev = previousText(paras, i);
        if (prev) {
          const closed = closedByMarker(prev.text, prev.lines);
          found.push(
            ownedAction(
              p.ref ?? prev.ref ?? (marker[2] ? minuteNumber(paras, i) : null),
              cleanText(doneByOwner(closed, stripDue(rest)) ?? closed),
              stripDue(rest),
              onlyOwners,
              0.85,
              rest,
            ),
          );
        }
        continue;
      }
      // "ACTION: Kathy to generate a template" then "Action completed 2 Feb 2013" on the line
      // below: minutes kept up to date after the meeting close the action where it stands.
      if (next && COMPLETED_BELOW.test(next.text.trim())) {
        i++;
        continue;
      }
      const marked = pieces(beforeRunOn(rest, surnames), surnames, forenames, p.lines).map(
        (piece) => fromBody(p, piece, surnames, strong ? 0.9 : 0.75, false, forenames, strong),
      );
      // "ACTION: Write to the council." then "Owner: Clerk" on the next line; or, as wiki
      // minutes write it, "OWNER: Clerk" on the bullet before, unless an action above took it.
      if (marked.length === 1 && LABELLED.test(next?.text ?? '')) {
        marked[0] = labelledAfter(marked[0]!, next, surnames);
        taken.add(++i);
      } else if (marked.length === 1 && !taken.has(i - 1))
        marked[0] = labelledAfter(marked[0]!, paras[i - 1], surnames);
      found.push(...marked);
      continue;
    }
    // "... will now be required. / All": a notes cell, then the action column's owner.
    const cell = LAST_CELL.exec(p.text);
    // The owner cell may give an attendee's first name alone ("... website / Lesley").
    const cellOwners = cell ? namedOwners(cell[2]!, surnames, forenames) : undefined;
    // The row's own number cell ("1. / Welcome ...") comes first; no other cell may.
    const notes = cell?.[1]!.replace(/^[/|]\s*/, '') ?? '';
    if (cell && cellOwners && notes.split(' ').length >= 5 && !/\s[/|]\s/.test(notes)) {
      // The row's title cell on a line of its own ("/ Practice leaflet") is not the action's.
      const run = (lineRuns(cell[1]!, p.lines).pop() ?? notes).replace(/^[/|]\s*/, '');
      const sentence = run.split(/(?<=[.!?])\s+(?=[A-Z])/).pop()!;
      const lead = leadingOwner(sentence, surnames);
      found.push({
        kind: 'explicit',
        ref: p.ref ?? cellRef(paras, i),
        text: cleanText(doneByOwner(sentence, cell[2]!) ?? (lead ? lead.rest : sentence)).replace(
          /\.$/,
          '',
        ),
        ownersAsWritten: cell[2]!,
        owners: cellOwners,
        confidence: 0.75,
      });
      continue;
    }
    // "... needed this more noticeable. / Lesley to contact the supplier.": the action cell
    // says who does what itself.
    const doer = /^[/|]\s/.test(p.text) ? doerCell(p.text, surnames, forenames) : undefined;
    if (doer) {
      found.push(
        ownedAction(
          p.ref ?? cellRef(paras, i),
          cleanText(doer.rest),
          doer.written,
          doer.owners,
          0.75,
        ),
      );
      continue;
    }
    // "The glass needs replacing. Clerk to action.": the owner takes the sentence before.
    const byAction = toAction(p, paras, i, surnames);
    if (byAction.length) {
      found.push(...byAction);
      continue;
    }
    // "The bins need emptying more often Action – Clerk": a marker whose full stop was never
    // written before it, read only when all that follows it is owners.
    // "... unsure if using slides – Action – Yusuf to contact.": after a dash, the marker and
    // a doer with the task closing the paragraph; that clause is the action.
    const dashed = DASH_MARKED.exec(p.text);
    const dashDoer = dashed ? personLead(dashed[1]!, surnames, forenames, true) : undefined;
    if (dashDoer) {
      const text = cleanText(dashDoer.rest);
      found.push(ownedAction(p.ref, text, dashDoer.written, dashDoer.owners, 0.8));
      continue;
    }
    const tail = UNSTOPPED.exec(p.text);
    const tailOwners = tail ? markerOwners(tail[4]!.trim(), surnames) : undefined;
    // Without a colon or dash, "the Climate Action Group" is a name: only initials are owners.
    const bare = tail && !tail[3] && tail[2] !== 'ACTION';
    if (tail && tailOwners && (!bare || tailOwners.every((t) => t.kind === 'initials'))) {
      found.push(
        ownedAction(
          p.ref,
          cleanText(closedByMarker(tail[1]!.replace(/,$/, ''), p.lines)),
          tail[4]!.trim(),
          tailOwners,
          0.8,
        ),
      );
      continue;
    }
    // "Ask the council to cut back the hedge." then "Owner: RL" (or "Lead: OH" with a target date)
    // on the lines below: the labels mark it an action. An agenda's "Lead:" alone does not.
    const labelled = labelsBelow(paras, i);
    if (labelled && !REPORT.test(labelled.text) && !MARKER.test(labelled.text)) {
      const whole = `${labelled.text} ${labelled.labels.join(' ')}`;
      const f = fromBody(p, whole, surnames, 0.8, false, forenames);
      if (f.ownersAsWritten) {
        found.push(f);
        i += labelled.skip;
        continue;
      }
    }
    // "... The council will be asked to cut it back. RL": initials the attendance declares,
    // alone after a paragraph's last sentence, own that sentence.
    const initialled = INITIALS_LAST.exec(p.text);
    if (
      initialled &&
      surnames instanceof DocumentNames &&
      ((ownerColumn && initialled[1] === 'ALL') ||
        initialled[1]!.split(/\s*[/,&]\s*/).every((x) => surnames.initials.has(x)))
    ) {
      const text = cleanText(closedByMarker(p.text.slice(0, initialled.index), p.lines));
      const owners = ownerList(initialled[1]!, surnames);
      if (owners && text.split(' ').length >= MIN_WORDS) {
        found.push(ownedAction(p.ref, text, initialled[1]!, owners, 0.75));
        continue;
      }
    }
    // "... This was agreed. (JS)": initials in brackets after the paragraph's last sentence own
    // the sentence that names them ("JS proposed spending £320 to ..."), or else the last.
    const bracketed = BRACKETED_LAST.exec(p.text);
    const initials = bracketed?.[1]!.split(/\s*[/,&]\s*/) ?? [];
    if (
      bracketed &&
      !NOT_INITIALS.test(bracketed[1]!) &&
      initials.every((x) => fitsAttendee(x, surnames, forenames))
    ) {
      const before = p.text.slice(0, bracketed.index);
      const naming = sentencesOf(before).filter((s) =>
        initials.some((x) => new RegExp(`\\b${x}\\b`).test(s)),
      );
      const text = cleanText(naming.pop() ?? closedByMarker(before, p.lines));
      const owners = ownerList(bracketed[1]!, surnames);
      if (owners && text.split(' ').length >= MIN_WORDS) {
        found.push(ownedAction(p.ref, text, bracketed[1]!, owners, 0.75));
        continue;
      }
    }
    const trailing = TRAILING.exec(p.text);
    // "Honor to share ideas ... (Action Register #156).": the bracket gives the action's number in
    // the board's register, not its owner; the sentence before says who does it.
    const registered = trailing ? LOG_REFERENCE.exec(firstGroup(trailing)) : null;
    if (trailing && registered) {
      const before = closedByMarker(p.text.slice(0, trailing.index), p.lines);
      const ref = registered[1]!.replace(/\s+/g, '');
      if (before.trim())
        found.push(fromBody({ ...p, ref }, before, surnames, 0.8, true, forenames, true));
      continue;
    }
    if (trailing) {
      const marked = firstGroup(trailing);
      // "(Action – RL/OH by 31 January)": the owners, then when.
      const written = stripDue(marked) || marked;
      const owners = namedOwners(written, surnames, forenames);
      const text = cleanText(closedByMarker(p.text.slice(0, trailing.index), p.lines));
      // "ACTION" and capitals with no colon are a marker only when they are declared owners; so
      // is "Action JL" in any other case after a stop.
      const caseless = Boolean(trailing[5]) && !trailing[0].includes('ACTION');
      if (!text || ((trailing[4] || trailing[6] || caseless) && !owners)) continue;
      found.push({
        kind: 'explicit',
        ref: p.ref,
        text,
        ownersAsWritten: written,
        owners: owners ?? [],
        ...(written === marked ? {} : { dueText: marked }),
        confidence: owners ? 0.85 : 0.6,
        flags: owners
          ? []
          : [
              `"${written}" is not a name, initials or group the importer recognises: assign it by hand.`,
            ],
      });
    } else if (p.lines && p.lines.length > 1) {
      // "... once they have been approved for circulation. Action JL" ending a line in the middle
      // of a paragraph whose lines were never parted by a blank one: the marker ends that line's
      // item, and capital initials of an attendee must follow it.
      for (const line of p.lines.slice(0, -1)) {
        const mid = TRAILING.exec(line.trim());
        if (!mid || !(mid[5] || mid[6])) continue;
        const written = firstGroup(mid);
        const owners = namedOwners(written, surnames, forenames);
        const text = cleanText(closedByMarker(line.trim().slice(0, mid.index)));
        if (owners && text) found.push(ownedAction(p.ref, text, written, owners, 0.8));
      }
    }
  }
  // A list item whose owner sits in the marker split off after it ("3.1 Agree the dates. Action:
  // HC") is read twice, once without the owner: keep the reading that names one.
  const owned = new Set(
    found.filter((f) => f.ownersAsWritten).map((f) => `${f.ref}|${f.text.toLowerCase()}`),
  );
  return found.filter(
    (f) =>
      (f.ownersAsWritten || !owned.has(`${f.ref}|${f.text.toLowerCase()}`)) &&
      !DONE_AFTER.test(f.text) &&
      !DONE_GLUED.test(f.text) &&
      !DONE_BEFORE.test(f.text),
  );
}

// A log row's status that reports it closed: "Completed", "Amended & signed", "Hall booked 3rd
// May" (a participle, perhaps after its subject); not "Deferred" or "Ongoing".
const LOG_CLOSED =
  /^(?:[A-Z][a-z]+\s+)?(?!(?:deferred|delayed|postponed|continued|carried|required|needed|proposed|planned|scheduled|raised)\b)(?:completed?|done|closed|actioned|[a-z]{3,}ed|sent|held|met|paid|made|signed)\b/i;

// What follows "Action" in a bracket when it points into the board's own log: "Register #156",
// "Log ref 12", "Tracker item 4b", "List no. 7".
const LOG_REFERENCE =
  /^(?:Register|Log|Tracker|List|Sheet)\s*(?:(?:no\.?|ref\.?|item|number)\s*)?(#?\s*\d{1,4}[a-z]?)$/i;

// The line below an action that reports it closed: "Action completed 2 Feb 2013", "Done.",
// "Completed 14/03 - circulated to all", "Action closed: superseded". Only a status word then
// perhaps a date and a note: "Completed forms to be returned ..." is a sentence, not a status.
const COMPLETED_BELOW =
  /^(?:action(?:ed)?\s+)?(?:completed?|done|closed|actioned)(?:\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?))?(?:\s*[-–—:;,.]\s*.*)?$/i;

// "[Done] KP to book the hall", "(Closed, March 2025) ...": closed before its text.
const DONE_BEFORE = /^[[(]\s*(?:done|completed?|closed|actioned)\b[^\])]{0,40}[\])]/i;
const OPEN_BEFORE =
  /^[[(]\s*(?:ongoing|on-going|open|new|pending|in progress|carried forward|outstanding)\s*[\])]\s*[:\-–—]?\s*/i;

// "... to list. [Done, post meeting]", "... the summit (completed)": an action reported closed.
const DONE_AFTER =
  /(?:[[(]\s*(?:done|completed?|closed|actioned)\b[^\])]{0,60}[\])]|[.;,]\s*(?:done|completed?|closed))\s*\.?$/i;
// "... with the treasurer Done": a status cell glued on without a stop, so only in capitals.
const DONE_GLUED = /(?<=[a-z])\s+(?:Done|DONE|Completed?|COMPLETED?|Closed|CLOSED)\.?$/;

/** An action's own sentence: owner at the start, or in brackets at the end, or none. */
function fromBody(
  p: Paragraph,
  raw: string,
  surnames: ReadonlySet<string>,
  confidence: number,
  inList = false,
  forenames: ReadonlySet<string> = new Set(),
  marked = false,
): Found {
  // "[Ongoing] JG to chase ...": an open status before the item is not its text.
  raw = raw.replace(OPEN_BEFORE, '');
  // "Action: ... Lead: JS  Timescale: March 2025": labelled owner and due date after the text.
  const labels = LABELS.exec(raw);
  let body = raw;
  let dueText: string | null = null;
  if (labels) {
    body = raw.slice(0, labels.index);
    const fields = [...labels[0].matchAll(LABEL)];
    const value = (re: RegExp) => fields.find((f) => re.test(f[1]!))?.[2]?.trim() ?? null;
    dueText = value(/^(?:due|deadline|by when|target|timescale|date)/i);
    const written = value(/^(?:owner|lead|responsible|by whom|action by)/i);
    if (written) {
      const owners = ownerList(written, surnames);
      return {
        kind: 'explicit',
        ref: p.ref,
        text: cleanText(body),
        ownersAsWritten: written,
        owners: owners ?? [],
        dueText,
        confidence: owners ? confidence : 0.6,
        flags: owners
          ? []
          : [
              `"${written}" is not a name, initials or group the importer recognises: assign it by hand.`,
            ],
      };
    }
  }
  // "Book the hall (Rosa) - due 2/15/25": in a list, a due date after the owner.
  const due = inList && !dueText ? DUE_LAST.exec(body) : null;
  if (due) {
    body = body.slice(0, due.index);
    dueText = due[1]!;
  }
  // "ACTION: Circulate the budget – TR – June 2022": after a marker, owner then a date, by dashes.
  const dated = marked && !inList && !dueText ? DATE_AFTER_OWNER.exec(body) : null;
  if (dated && (findDate(dated[1]!)?.start === 0 || WHEN_ALONE.test(dated[1]!))) {
    body = body.slice(0, dated.index);
    dueText = dated[1]!;
  }
  // In an actions list, "Circulate the report – JS" or "... (JS)" puts the owner last.
  const last = inList ? /\s*(?:[-–—]\s*|\()([A-Z][A-Za-z'./&, ]{0,40}?)\)?\.?$/.exec(body) : null;
  const lastOwners = last ? namedOwners(last[1]!, surnames, forenames) : undefined;
  // "Renew the insurance KP": declared initials ending a list item are its owner.
  const bare =
    inList && !last && surnames instanceof DocumentNames
      ? /\s([A-Z][A-Za-z]{1,2}(?:\/[A-Z][A-Za-z]{1,2})*)\.?$/.exec(body)
      : null;
  if (
    bare &&
    bare[1]!.split('/').every((x) => (surnames as DocumentNames).initials.has(x)) &&
    body.slice(0, bare.index).split(' ').length >= 2
  )
    return {
      kind: 'explicit',
      ref: p.ref,
      text: cleanText(body.slice(0, bare.index)),
      ownersAsWritten: bare[1]!,
      owners: ownerList(bare[1]!, surnames) ?? [],
      dueText,
      confidence,
    };
  // An office after a dash ("... – Clerk") is its owner; in brackets it may be the text's own aside.
  const dashed = last && /^\s*[-–—]/.test(last[0]);
  if (last && lastOwners?.every((t) => t.kind !== 'office' || dashed))
    return {
      kind: 'explicit',
      ref: p.ref,
      text: cleanText(body.slice(0, last.index)),
      ownersAsWritten: last[1]!.trim(),
      owners: lastOwners,
      dueText,
      confidence,
    };
  // After a marker, "Book the hall – DM" or "Book the hall [DM]" writes the owner last.
  const marks = marked && !inList ? MARKED_LAST.exec(body) : null;
  const markedWritten = marks ? (marks[1] ?? marks[2] ?? marks[3] ?? marks[4]!).trim() : '';
  // "... available.  DONE", "... – TBC": a status in capitals has the shape of initials.
  // A first name after the dash is the attendee who has it ("... – Tom").
  const markedOwners =
    marks && !STATUS_WORD.test(markedWritten)
      ? marks[1]
        ? namedOwners(markedWritten, surnames, forenames)
        : ownerList(markedWritten, surnames)
      : undefined;
  // A sentence of its own is an owner only as a full name or initials: a surname or a group
  // alone after a full stop is as often the start of a sentence cut short.
  const asSentence = (t: OwnerToken) => t.kind === 'name' || t.kind === 'initials';
  if (
    marks &&
    markedOwners &&
    (marks[1] ||
      marks[3] ||
      (marks[2] && markedOwners.every((t) => t.kind !== 'group')) ||
      (marks[4] && markedOwners.every(asSentence)))
  )
    return {
      kind: 'explicit',
      ref: p.ref,
      text: cleanText(body.slice(0, marks[4] ? marks.index + 1 : marks.index)),
      ownersAsWritten: markedWritten,
      owners: markedOwners,
      dueText,
      confidence,
    };
  // "ACTION: Draft the leaflet (Kate)": after a marker, a bracket of owners ends the action;
  // a first name only when an attendee has it, or, after the marker, kept as written for
  // resolve.ts to flag ("Action item: Forward the letter (Lise)"). Of groups, only everyone
  // ("(all)", "(everyone)"): a committee in brackets is as often the body the text refers to.
  const bracket = !inList
    ? (marked
        ? /\s*\(([A-Za-z][\w'./&, -]{0,40})\)\.?$/
        : /\s*\(([A-Z][\w'./&, -]{0,40})\)\.?$/
      ).exec(body)
    : null;
  const bracketOwners = bracket
    ? (namedOwners(bracket[1]!, surnames, forenames) ??
      (marked ? markerOwners(bracket[1]!, surnames) : undefined))
    : undefined;
  const everyone = (t: OwnerToken) => t.kind === 'group' && /^(?:all|everyone)$/i.test(t.written);
  if (bracket && bracketOwners?.every((t) => t.kind !== 'group' || (marked && everyone(t))))
    return {
      kind: 'explicit',
      ref: p.ref,
      text: cleanText(body.slice(0, bracket.index)),
      ownersAsWritten: bracket[1]!.trim(),
      owners: bracketOwners,
      dueText,
      confidence,
    };
  const trailing = TRAILING.exec(body);
  if (trailing) {
    const marked = firstGroup(trailing);
    const written = stripDue(marked) || marked;
    const owners = namedOwners(written, surnames, forenames);
    if (owners)
      return {
        kind: 'explicit',
        ref: p.ref,
        text: cleanText(body.slice(0, trailing.index)),
        ownersAsWritten: written,
        owners,
        dueText: written === marked ? dueText : marked,
        confidence,
      };
  }
  // After a marker or in an actions list, "Carol to ..." names an attendee by first name.
  const lead = personLead(body, surnames, forenames, marked);
  if (lead)
    return {
      kind: 'explicit',
      ref: p.ref,
      text: cleanText(lead.rest),
      ownersAsWritten: lead.written,
      owners: lead.owners,
      confidence,
    };
  // "Draft the leaflet – Lucy will write a first draft": a list item's title, then who does it.
  const titled = inList ? /^(.{3,120}?)\s[-–—]\s+(.+)$/.exec(body) : null;
  // ... or in a later sentence of it ("- the photos will have been chosen. Lucy will write ...").
  const byWhom = titled
    ? sentencesOf(titled[2]!)
        .slice(0, 3)
        .map((sentence) => personLead(sentence, surnames, forenames))
        .find(Boolean)
    : undefined;
  if (titled && byWhom)
    return {
      kind: 'explicit',
      ref: p.ref,
      text: cleanText(
        `${titled[1]} – ${/^[A-Z][a-z]/.test(byWhom.rest) ? byWhom.rest.charAt(0).toLowerCase() + byWhom.rest.slice(1) : byWhom.rest}`,
      ),
      ownersAsWritten: byWhom.written,
      owners: byWhom.owners,
      confidence,
    };
  // "Quotes to be obtained by the Clerk": a passive action names its doer at the end; a
  // month or a date there is when, not who.
  const passive =
    /^(.{6,}?\bto be [a-z]+(?:ed|en|t)\b.*?)\s+by\s+([A-Z][\w'.&/, -]{0,40}?|the [A-Z][\w -]{0,30}?)\.?$/.exec(
      body,
    );
  const doers = passive ? ownerList(passive[2]!, surnames) : undefined;
  if (passive && doers?.every((t) => t.kind !== 'group'))
    return {
      kind: 'explicit',
      ref: p.ref,
      text: cleanText(passive[1]!),
      ownersAsWritten: passive[2]!,
      owners: doers,
      dueText,
      confidence,
    };
  return {
    kind: 'explicit',
    ref: p.ref,
    text: cleanText(body),
    ownersAsWritten: null,
    owners: [] as OwnerToken[],
    confidence: confidence - 0.15,
  };
}

const LAST_CELL = /^(.*\S)\s+[/|]\s+([A-Z][\w'&., -]{0,40}?)\s*$/;

/** "4. / Procurement process:" above the row: the item number of a cells-by-slash minute. */
function cellRef(paras: readonly Paragraph[], i: number): string | null {
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const q = paras[j]!;
    const m = /^(\d{1,3})\.?\s+[/|]\s/.exec(q.text);
    if (m) return m[1]!;
    if (q.ref) return q.ref;
  }
  return null;
}

// "Clerk to action.", "Robin to ACTION.": the marker's case is the writer's habit.
const TO_ACTION = /^\(?([A-Z][\w'.&/, -]{0,50}?)\s+to\s+(?:action|Action|ACTION)\)?\.?$/;

/** Every "Name to action." sentence in a paragraph, each owning the sentence before it. */
function toAction(
  p: Paragraph,
  paras: readonly Paragraph[],
  i: number,
  surnames: ReadonlySet<string>,
): Found[] {
  if (!/\bto (?:action|Action|ACTION)\b/.test(p.text)) return [];
  const sentences = sentencesOf(p.text, p.lines);
  const out: Found[] = [];
  sentences.forEach((sentence, k) => {
    const m = TO_ACTION.exec(sentence);
    // "Kate to action": a first name, when an attendee has it.
    const owners = m ? markerOwners(m[1]!.trim(), surnames) : undefined;
    if (!m || !owners) return;
    const before = k > 0 ? sentences[k - 1]! : undefined;
    const prev = k === 0 ? previousText(paras, i) : undefined;
    const text = before && !TO_ACTION.test(before) ? before : prev?.text;
    if (!text) return;
    out.push({
      kind: 'explicit',
      ref: p.ref ?? prev?.ref ?? null,
      text: cleanText(text),
      ownersAsWritten: squash(m[1]!),
      owners,
      confidence: 0.8,
    });
  });
  return out;
}

// "Owner: Lorraine Forrester" / "Due: March 2025" on the line after an action.
const LABELLED =
  /^(?:owners?|action owner|lead(?: officer)?|responsible(?: officer)?|action by|by whom|due(?: date)?|deadline|timescale|target date|by when|date due)\s*:\s*\S/i;

const OWNER_LABEL =
  /^(?:owners?|action owner|responsible(?: officer)?|action by|by whom)\s*:\s*\S/i;
const LEAD_LABEL = /^lead(?: officer)?\s*:\s*\S/i;
const DUE_LABEL = /^(?:due(?: date)?|deadline|by when|target date|timescale|date due)\s*:\s*\S/i;

const MAX_LABEL_LINES = 3;

/**
 * An unmarked paragraph and the label lines below it (in it, or the paragraphs after it), when
 * they give an owner, or a lead with a date to do it by (an agenda names a lead without one).
 */
function labelsBelow(
  paras: readonly Paragraph[],
  i: number,
): { text: string; labels: string[]; skip: number } | undefined {
  const p = paras[i]!;
  const lines = (p.lines ?? [p.text]).map((l) => l.trim());
  // "Action by:" is a marker of its own, read where markers are.
  const label = (l: string) => LABELLED.test(l) && !MARKER.test(l);
  const first = lines.findIndex((l, k) => k > 0 && label(l));
  const own = first > 0 ? lines.slice(first) : [];
  const after: string[] = [];
  for (let k = i + 1; k < paras.length && after.length < MAX_LABEL_LINES; k++) {
    if (!label(paras[k]!.text)) break;
    after.push(paras[k]!.text);
  }
  const labels = [...own, ...after];
  const owned =
    labels.some((l) => OWNER_LABEL.test(l)) ||
    (labels.some((l) => LEAD_LABEL.test(l)) && labels.some((l) => DUE_LABEL.test(l)));
  const text = (first > 0 ? lines.slice(0, first) : lines).join(' ');
  // "• OWNERS: Seth and Matt" then "• ACTIONS: reach out ...": the labels are the action's below.
  const markedBelow = MARKER.test(paras[i + after.length + 1]?.text ?? '');
  return owned && !markedBelow && !/\?$/.test(text) && text.split(' ').length >= MIN_WORDS
    ? { text, labels, skip: after.length }
    : undefined;
}

/** Gives an action without an owner the one a labelled line below it names. */
function labelledAfter(
  f: Found,
  below: Paragraph | undefined,
  surnames: ReadonlySet<string>,
): Found {
  if (!below || !LABELLED.test(below.text)) return f;
  const fields = [...below.text.matchAll(LABEL)];
  const value = (re: RegExp) => fields.find((m) => re.test(m[1]!))?.[2]?.trim() || null;
  const written = value(/^(?:owner|lead|responsible|by whom|action by)/i);
  const dueText = value(/^(?:due|deadline|timescale)/i) ?? f.dueText ?? null;
  if (!written || f.ownersAsWritten) return { ...f, dueText };
  const owners = labelOwners(written, surnames);
  return {
    ...f,
    ownersAsWritten: written,
    owners: owners ?? [],
    dueText,
    confidence: owners ? f.confidence : 0.6,
    flags: owners
      ? []
      : [
          `"${written}" is not a name, initials or group the importer recognises: assign it by hand.`,
        ],
  };
}

// "Spot also assisting": a helper named beside the owners, not one of them.
const HELPER = /\b(?:also\s+)?(?:assisting|helping|supporting|to (?:assist|help|support))\b/i;

/** "Seth and Matt; Spot also assisting": the owners a label names, its helpers left out. */
function labelOwners(written: string, surnames: ReadonlySet<string>): OwnerToken[] | undefined {
  const whole = ownerList(written, surnames, { firstNames: true });
  if (whole || !written.includes(';')) return whole;
  const parts = written.split(/\s*;\s*/).filter((part) => !HELPER.test(part));
  return parts.length ? ownerList(parts.join(', '), surnames, { firstNames: true }) : undefined;
}

// "... the committee. b) Summer walk – ...", "... library. 3. Outings – ...": the next item of
// minutes run into one paragraph, after the stop that ends the action.
const RUN_ON_ITEM = /[.!?](?=\s+(?:[a-z]\)|\d{1,2}\.)\s+[A-Z])/;
// "MA from 6.1.25 – Insurance.": an item's title before a dash, run on after the action.
const RUN_ON_TITLE = /^[A-Z](?:[^!?.–—]|\.(?=\d)){1,40}\s[–—]\s+[A-Z]/;
// A sentence after an action that reports rather than asks: the action stopped before it.
const NARRATIVE =
  /^(?:It (?:was|is|has been|had been)\b|If\b|There (?:was|were|is|are)\b|This (?:was|had|has)\b|(?:[A-Z][\w'-]*\s+){1,3}(?:noted|reported|said|explained|advised|confirmed|stated|commented|highlighted|informed|thanked|welcomed|added|suggested|felt|expressed|updated|presented)\b)/;

/**
 * One marker, several actions: "JS to write to X; TG to circulate Y." Each sentence or clause
 * that opens with its own owner is an action; one that carries on joins the action before it;
 * narrative ("It was noted ...") ends the marker's text.
 */
function pieces(
  rest: string,
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
  lines?: readonly string[],
): string[] {
  // A line that ended without a full stop ends its sentence too ("Actions" / "JG to write to
  // the contractor" / "Clerk to order a bin"): mark it as a sentence end before splitting.
  const runs = lineRuns(rest, lines);
  const joined = runs.length > 1 ? runs.join('\n') : rest;
  // Minutes run into one paragraph: the next lettered or numbered item ends the action.
  const item = RUN_ON_ITEM.exec(joined);
  // "T. Reed to circulate ...": a full stop after a lone initial is part of a name, not an end.
  const parts = (item ? joined.slice(0, item.index + 1) : joined).split(
    /((?<=[.!?])(?<!(?:^|[\s(/])[A-Z]\.)\s+(?=[A-Z])|\s*;\s+|\n)/,
  );
  const out: string[] = [parts[0]!];
  for (let k = 2; k < parts.length; k += 2) {
    const part = parts[k]!;
    if (NARRATIVE.test(part) || RUN_ON_TITLE.test(part)) break;
    if (!LABELLED.test(part) && personLead(part, surnames, forenames)) out.push(part);
    else out[out.length - 1] += `${parts[k - 1]!.includes(';') ? '; ' : ' '}${part}`;
  }
  return out;
}

// Where a sentence whose full stop was lost starts: a pronoun that only opens a sentence, or
// an attendee's initials with a verb in the past after a word that cannot govern them ("...
// requirements BC set out ..."; not "ask whether BC sent ...").
const RUN_ON_PRONOUN = /(?<=[a-z]) (?=(?:It|There|We|They|He|She|This) [a-z])/;
// A minute run on after a marker's text on a page read as one line, opening with what only
// starts a sentence ("... to Investigate Further Following JK's announcement ...", "... the
// website In response to a question ...", not "... to Following Sea Ltd") or with a body and
// what it did ("... The Board agreed").
const RUN_ON_OPENER =
  /(?<=[a-z]) (?=(?:Following|Further to|In response to|With regard to|Regarding|Turning to|Moving on|However|Meanwhile|Finally)(?: [a-z]| [A-Z][\w-]*['’]s\b|,)|The (?:[A-Z][a-z]+ ){1,2}(?:[a-z]+ed|said|gave|told|made|took|felt|thought|spoke|wrote|led)\b)/;
const PAST =
  '(?:[a-z]+ed|set|said|gave|told|made|took|felt|thought|went|saw|met|spoke|wrote|led|ran|brought|sent|put|began|knew|rang)';
const GOVERNS =
  /\b(?:whether|that|if|and|or|but|when|as|because|until|unless|where|while|so|with|to|from|by|for|of|than|ask|asks|asked|thank|thanked|tell|told|cc|via|once)$/i;

/**
 * The sentence of a paragraph that the margin owner's line ends in: "Item 8 - Dennis would like
 * a list. Ann provided    AF" / "some details but agreed to send more." is Ann's second
 * sentence, not the request before it.
 */
function marginSentence(p: Paragraph): string {
  const at = p.marginLine ? p.text.indexOf(p.marginLine) : -1;
  if (at < 0) return p.text;
  const end = at + p.marginLine!.length;
  let start = 0;
  for (const piece of p.text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
    const from = p.text.indexOf(piece, start);
    if (from + piece.length >= end) return piece;
    start = from + piece.length;
  }
  return p.text;
}

// "Action Point 3:", "Action Item 1 -", and a log reviewed several rows at a time:
// "Action Points 11 and 12:", "Action Points 4, 5 & 7 -".
const ACTION_POINT =
  /^Action\s+(?:Points?|Items?|No\.?)\s*(\d{1,3}[a-z]?(?:\s*(?:,|&|and|-|–)\s*\d{1,3}[a-z]?)*)\s*(?:[:.]?$|[:\-–—]\s*(\S.*)$)/i;
// Its status before the text: "Ongoing – ...", "Complete - ...", "Closed: ...".
const POINT_STATUS =
  /^(on-?going|open|outstanding|in progress|carried forward|completed?|closed|done|actioned)\s*(?:[:\-–—.]\s*|$)/i;
// "LN updated - ...", "JS reported that ...": progress reported on a reviewed action point.
const REPORTED_ON =
  /^[A-Z][A-Za-z]{1,3}(?:\s*[/&]\s*[A-Z][A-Za-z]{1,3})*\s+(?:updated|reported|confirmed|advised|informed|noted)\b/;

const BRACKETED_LAST = /(?<=[a-z)\d][.!?])\s*\(([A-Z]{2,3}(?:\s*[/,&]\s*[A-Z]{2,3})*)\)\.?\s*$/;
// Capitals in brackets that are a note's or a body's, not anyone's initials.
const NOT_INITIALS =
  /^(?:NB|PS|TBC|TBA|TBD|AGM|AOB|EGM|FYI|VAT|CIC|PPG|PCC|CCG|GP|GPs|NHS|UK|EU|PTO)$/;

/**
 * Whether initials are those the attendance declares, or fit an attendee's names: a first
 * name with the first letter and a surname with the last ("JS" among John Stooke's).
 */
function fitsAttendee(
  x: string,
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
): boolean {
  if (surnames instanceof DocumentNames && surnames.initials.has(x)) return true;
  const first = x[0]!.toLowerCase();
  const last = x[x.length - 1]!.toLowerCase();
  return (
    [...forenames].some((f) => f.startsWith(first)) && [...surnames].some((n) => n.startsWith(last))
  );
}

/** The text up to a sentence that ran on into it without a full stop. */
function beforeRunOn(text: string, surnames: ReadonlySet<string> = new Set()): string {
  const cuts: number[] = [];
  const pronoun = RUN_ON_PRONOUN.exec(text);
  if (pronoun) cuts.push(pronoun.index);
  const opener = RUN_ON_OPENER.exec(text);
  if (opener) cuts.push(opener.index);
  const declared = surnames instanceof DocumentNames ? [...surnames.initials] : [];
  {
    // Without the attendance list, any initials' shape.
    const initials = declared.length
      ? declared.map((x) => x.replace(/[^A-Za-z']/g, '')).join('|')
      : '[A-Z]{2,3}';
    const re = new RegExp(`(?<=[a-z]) (?=(?:${initials})(?:/(?:${initials}))* ${PAST}\\b)`, 'g');
    for (const m of text.matchAll(re))
      if (!GOVERNS.test(text.slice(0, m.index))) {
        cuts.push(m.index);
        break;
      }
  }
  return cuts.length ? text.slice(0, Math.min(...cuts)) : text;
}

// One owner's part in a status line: "AB Done", "CD Go-next-red.svg Carried forward SV, ZH" (a
// wiki's status icon flattened to its file name), "EF - ongoing".
const STATUS_PART =
  /^([A-Z][A-Za-z]{0,6}(?:\s*[/,&]\s*[A-Z][A-Za-z]{0,6})*)\s+(?:[-–—]\s*)?(?:[\w -]{1,30}\.(?:svg|png|gif)\s+)?(done|completed?|closed|carried forward|c\/f|on-?going|open|in progress|outstanding|pending)\b/i;
const CLOSED_PART = /^(?:done|completed?|closed)$/i;

interface StatusPart {
  written: string;
  owners: OwnerToken[];
  closed: boolean;
}

/** "AB Done; CD Carried forward" after a marker: each part's owners and whether it is closed. */
function statusParts(rest: string, surnames: ReadonlySet<string>): StatusPart[] | undefined {
  const parts: StatusPart[] = [];
  for (const piece of rest.split(/\s*;\s*/)) {
    const m = STATUS_PART.exec(piece.trim());
    const owners = m ? ownerList(m[1]!, surnames) : undefined;
    if (!m || !owners) return undefined;
    parts.push({ written: m[1]!, owners, closed: CLOSED_PART.test(m[2]!) });
  }
  return parts.length ? parts : undefined;
}

/** The owner an "ACTION: XX to ..." line names, so the sentence above that restates it is not offered again. */
export function markedOwner(text: string, surnames: ReadonlySet<string>): string | undefined {
  const marker = MARKER.exec(text);
  return marker?.[3] ? leadingOwner(text.slice(marker[0].length), surnames)?.written : undefined;
}

/** True when a paragraph only reports the status of the action written above it. */
export const reportsStatusAbove = (text: string, surnames: ReadonlySet<string>): boolean => {
  const marker = MARKER.exec(text);
  return Boolean(marker?.[3] && statusParts(text.slice(marker[0].length), surnames));
};

/**
 * The part of the paragraph above a status line that the open owners do: "JS to send the
 * thanks. AT will provide addresses." with AT done is JS's sentence; the whole when no
 * sentence starts with an open owner.
 */
function openPart(prev: Paragraph, open: readonly StatusPart[], surnames: ReadonlySet<string>) {
  const sentences = prev.text.split(/(?<=[a-z)]{2}[.!?])\s+(?=[A-Z])/);
  const led = sentences
    .map((sentence) => ({ sentence, lead: leadingOwner(sentence, surnames) }))
    .filter(({ sentence }) => open.some((part) => sentence.startsWith(`${part.written} `)));
  if (!led.length) return closedByMarker(prev.text, prev.lines);
  return led.map(({ sentence, lead }) => lead?.rest ?? sentence).join(' ');
}

// "Owner: verb ..." or "Owner – verb ...": an owner up to the colon (an account's status in
// brackets after it, "(Deleted)", "(Deactivated)"), then a lower-case word that is no report's.
const OWNER_BULLET =
  /^([A-Z][\w'.-]*(?: [A-Za-z][\w'.-]*){0,3}?)(?:\s*\((?:deleted|deactivated|inactive|former|left)\))?\s*(?::|\s[-–—])\s+(?:to\s+)?([a-z][a-z-]+)\b(.*)$/i;
const REPORTED =
  /^(?:[a-z]+ed|was|were|is|are|has|had|said|says|gave|spoke|told|met|thought|felt|will|would|can|could|may)$/;
const MIN_OWNER_BULLETS = 3;

/**
 * The bullets from i on that each open with their owner, when three or more name one: each
 * an action, one whose owner is not a person (a deleted account) left unassigned.
 */
function ownerBullets(
  paras: readonly Paragraph[],
  i: number,
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
): Found[] {
  const items: { m: RegExpExecArray; owners: OwnerToken[] | undefined }[] = [];
  for (let j = i; j < paras.length && paras[j]!.bullet; j++) {
    const m = OWNER_BULLET.exec(paras[j]!.text.replace(OPEN_LAST, ''));
    if (!m || REPORTED.test(m[2]!) || /^[a-z]/.test(m[1]!)) break;
    const owners = namedOwners(m[1]!, surnames, forenames);
    items.push({ m, owners: owners?.every((t) => t.kind !== 'office') ? owners : undefined });
  }
  if (items.filter((item) => item.owners).length < MIN_OWNER_BULLETS) return [];
  return items.map(({ m, owners }, k) => {
    const text = cleanText(m[2]! + m[3]!);
    const ref = paras[i + k]!.ref;
    return owners
      ? ownedAction(ref, text, m[1]!, owners, 0.75)
      : { kind: 'explicit', ref, text, ownersAsWritten: null, owners: [], confidence: 0.6 };
  });
}

// "Renae and Fletcher - finish writing induction checklists - In progress", "❓ Spondy and
// Fletcher - Sheet storage audit is due - Not actioned", "JC - advise band reps ... Complete":
// first names or initials (joined by "and", ",", "/", "&"), a spaced dash, the task, and after
// further dashes its status. A status mark (an emoji) may open the line.
const OWNER_DASH_NAME = String.raw`(?:[A-Z][a-z]+|[A-Z]{2,3})`;
const OWNER_DASH_LINE = new RegExp(
  String.raw`^(?:\p{So}\uFE0F?\s*)?(${OWNER_DASH_NAME}(?:(?:\s*[,/&]\s*|\s+and\s+)${OWNER_DASH_NAME}){0,5})\s+[-–—]\s+(\S.*)$`,
  'u',
);
// A line closed where it stands: a status part "Complete", "Done", "We have decided ...", or the
// task's last words "... Complete", "Completed by JC", "Update wiki Fletcher completed".
const DASH_CLOSED_PART =
  /^(?:complete[d]?|done|closed|finished|cancelled|dropped|(?:we\s+(?:have\s+)?)?decided|no longer (?:needed|required))\b/i;
const DASH_CLOSED_END =
  /(?:(?:^|[.!?]\s+)(?:Completed?|Done|Closed)\b(?:\s+by\b)?[^.!?]*|\s(?:[A-Z][a-z]+\s+)?(?:complete[d]?|done|closed))\.?$/;
const MIN_DASH_LINES = 3;

/**
 * The actions of a run of three or more "Owner - task - status" lines in which someone owns two
 * or more: a task list, unlike "Sarah - Chair" attendance lines or "John - asked about the roof"
 * notes of who said what. Closed lines are left out. Undefined when the paragraph has no such run.
 */
function ownerDashLines(p: Paragraph, surnames: ReadonlySet<string>): Found[] | undefined {
  const lines = linesOf(p);
  if (lines.length < MIN_DASH_LINES || lines.some((l) => MARKER.test(l.trim()))) return undefined;
  type Row = { written: string; owners: OwnerToken[]; rest: string };
  const runs: Row[][] = [[]];
  for (const line of lines) {
    const m = OWNER_DASH_LINE.exec(line.trim());
    const owners = m ? ownerList(m[1]!, surnames, { firstNames: true }) : undefined;
    const first = m?.[2]!.split(' ')[0]!.toLowerCase() ?? '';
    if (m && owners && m[2]!.split(' ').length >= 3 && !REPORTED.test(first))
      runs.at(-1)!.push({ written: m[1]!, owners, rest: m[2]! });
    else if (runs.at(-1)!.length) runs.push([]);
  }
  const lists = runs.filter((run) => {
    if (run.length < MIN_DASH_LINES) return false;
    const seen = run.flatMap((r) => r.owners.map((t) => t.written.toLowerCase()));
    return new Set(seen).size < seen.length;
  });
  if (!lists.length) return undefined;
  return lists.flat().flatMap(({ written, owners, rest }): Found[] => {
    const [task = '', ...status] = rest.split(/\s+[-–—]\s+/);
    if (status.some((s) => DASH_CLOSED_PART.test(s)) || DASH_CLOSED_END.test(rest)) return [];
    const text = cleanText(task);
    return text ? [ownedAction(p.ref, text, written, owners, 0.75)] : [];
  });
}

// A commitment's status as the minutes of volunteer councils write it, in capitals at the end
// of its bullet ("... CARRYOVER", "... - DONE.", "... CARRYOVER (the venue has not answered)").
const STATUS_TAIL =
  /(?:^|[.\s])\s*(?:[-–—]\s*)?(DONE|COMPLETED?|CLOSED|DROP(?:PED)?|WITHDRAWN|FAIL(?:ED)?|CARRY[- ]?OVER(?: INFINITY)?|CARRIED (?:OVER|FORWARD)|ON-?GOING|IN PROGRESS|OPEN|PENDING|NOT DONE|DEFERRED|HAND ?OFF)\.?(?:\s*\([^()]*\))?\s*$/;
const CLOSED_TAIL = /^(?:DONE|COMPLETED?|CLOSED|DROP(?:PED)?|WITHDRAWN|FAIL(?:ED)?)$/;
// "Name:" or "Name -" before the commitment: a name or handle ("Laurel1.0"), a few words at most.
const COMMITMENT_OWNER = /^([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}?)\s*(?::|\s[-–—])\s+(\S.*)$/;
const MIN_STATUS_BULLETS = 2;

/**
 * The bullets from i on that each open with their owner and end in a status word in capitals,
 * when two or more do: the open ones are actions, the commitment being the first sentence (what
 * follows it is the owner's progress report). Undefined when the bullets are not such a list.
 */
function statusBullets(
  paras: readonly Paragraph[],
  i: number,
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
): { found: Found[]; read: number } | undefined {
  const items: { written: string; task: string; closed: boolean }[] = [];
  for (let j = i; j < paras.length && paras[j]!.bullet; j++) {
    const text = paras[j]!.text;
    const status = STATUS_TAIL.exec(text);
    const lead = status ? COMMITMENT_OWNER.exec(text.slice(0, status.index)) : null;
    if (!status || !lead) break;
    items.push({
      written: lead[1]!,
      task: firstSentence(lead[2]!),
      closed: CLOSED_TAIL.test(status[1]!),
    });
  }
  if (items.length < MIN_STATUS_BULLETS) return undefined;
  const found = items.flatMap(({ written, task, closed }, k): Found[] => {
    if (closed || !task) return [];
    const owners = commitmentOwners(written, surnames, forenames);
    const ref = paras[i + k]!.ref;
    return owners
      ? [ownedAction(ref, cleanText(task), written, owners, 0.75)]
      : [
          {
            kind: 'explicit',
            ref,
            text: cleanText(task),
            ownersAsWritten: null,
            owners: [],
            confidence: 0.6,
          },
        ];
  });
  return { found, read: items.length };
}

/** A commitment's owner: an attendee, initials, or the one name or handle written before it. */
function commitmentOwners(
  written: string,
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
): OwnerToken[] | undefined {
  const named = namedOwners(written, surnames, forenames);
  if (named) return named;
  return /^[A-Z][A-Za-z'-]+(?:\d(?:\.\d)?)?$/.test(written)
    ? [{ kind: 'name', written, name: written }]
    : undefined;
}

/** The first sentence of a bullet, its trailing dash or stop left out. */
function firstSentence(text: string): string {
  const stop = /(?<=[a-z]{2}|\d)[.!?](?=\s|$)/.exec(text);
  return (stop ? text.slice(0, stop.index) : text).replace(/\s*[-–—]\s*$/, '').trim();
}

/**
 * Owners as written, or attendees' first names alone ("... / Lesley", "- Action - Sharon",
 * "Action for Omar and Nia:"); a first name nobody attending has is not read as one here.
 */
function namedOwners(
  written: string,
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
): OwnerToken[] | undefined {
  const words = written.trim().split(/\s*(?:,|\/|&|\band\b)\s*/);
  return (
    ownerList(written, surnames) ??
    (words.every((w) => forenames.has(w.toLowerCase()))
      ? ownerList(written, surnames, { firstNames: true })
      : undefined)
  );
}

/**
 * The owners a marker names ("Action: JG/KP", "Action: Kate"): a first name is the attendee who
 * has it, or stays as written (resolve.ts flags it); never when more words follow.
 */
function markerOwners(written: string, surnames: ReadonlySet<string>): OwnerToken[] | undefined {
  // "Head of Finance (Jane Smith)" is an office and its holder; "Draft the leaflet (JG)" is an
  // action and its owner: before the bracket an office is written in capitals.
  const office = /^(.+?)\s*\([^()]+\)$/.exec(written);
  if (office && office[1]!.split(/\s+/).some((w) => !/^(?:[A-Z&]|of$|and$|for$|the$|to$)/.test(w)))
    return undefined;
  // "Book the hall – Dev Mistry": an action and its owner, not an office and its holder; an
  // office before the dash is written in capitals.
  const dash = /^(.+?)\s+[-–—]\s+\S/.exec(written);
  if (dash && dash[1]!.split(/\s+/).some((w) => !/^(?:[A-Z&]|of$|and$|for$|the$|to$)/.test(w)))
    return undefined;
  const owners = ownerList(written, surnames);
  if (owners) return owners;
  // All that follows the marker is first names: an attendee's, or else kept as written.
  const words = written.split(/\s*(?:,|\/|&|\band\b)\s*/).filter(Boolean);
  return words.length && words.every((w) => /^[A-Z][a-z'-]{2,}$/.test(w))
    ? ownerList(written, surnames, { firstNames: true })
    : undefined;
}

/**
 * A short list item that says who does it ("Clerk to order the bench", "Write to the county –
 * JG"), unlike an agenda heading with its presenter in brackets ("3. Membership (Jo Bell)").
 */
function doerNamed(
  text: string,
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
): boolean {
  // "Action: JC" split off the item before it names that item's owner, not an item of its own.
  if (MARKER.exec(text)?.[0].trim()) return false;
  if (personLead(text, surnames, forenames)) return true;
  const dashed = /\s[-–—]\s*([A-Z][\w'./&, ]{0,40}?)\.?$/.exec(text);
  if (dashed && ownerList(dashed[1]!, surnames)) return true;
  // "Order new padlocks (Tobias Crane)": an imperative with a person in brackets after it.
  const named = /\s\(([^()]{2,40})\)\.?$/.exec(text);
  if (
    named &&
    IMPERATIVE.test(text) &&
    namedOwners(named[1]!, surnames, forenames)?.every((t) => t.kind !== 'group')
  )
    return true;
  // "Repaint the railings (KP)", "Renew the insurance KP": initials the attendance declares.
  const initials = /\s\(?([A-Z][A-Za-z]{1,2}(?:\/[A-Z][A-Za-z]{1,2})*)\)?\.?$/.exec(text);
  return Boolean(
    initials &&
    surnames instanceof DocumentNames &&
    initials[1]!.split('/').every((x) => surnames.initials.has(x)),
  );
}

// "Idea update: Murray to get a sign put up", "Village hall:- Clerk to ...": a label of a few
// words before who does an item is its context, not its owner. (After a dash it is the item's
// title, read with its doer by fromBody.)
const ITEM_LABEL = /^[A-Z][\w'&/]*(?: [\w'&/]+){0,3}?\s*:-?\s*(?=[A-Z])/;

/**
 * "ACTION POINTS" / "Dan to speak to the school" / "KP to order the bench": a list whose
 * bullets or numbers were lost in a copy from a web page or a PDF, one item a line. As after a
 * heading run on, each item must name who does it; a line that does not continues the item
 * above when that one did not end its sentence (a wrapped line), and otherwise this is not a
 * list. Undefined when it is not.
 */
function unmarkedItems(
  p: Paragraph,
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
): Found[] | undefined {
  if (p.bullet || p.ref !== null) return undefined;
  const lines = p.lines ?? [p.text];
  // A table's cells (its header row left when tables.ts took the rows) are not items.
  if (lines.some((line) => /\s[/|]\s|\t/.test(line) || NONE.test(line))) return undefined;
  const items = itemLines(lines, surnames, forenames);
  const found = items.map((item) =>
    fromBody({ ...p, ref: null }, item, surnames, 0.85, true, forenames),
  );
  return found.length > 0 && found.every((f) => f.ownersAsWritten) ? found : undefined;
}

/**
 * Lines of a list with no bullets, as items: a line that names who does it starts one, and a
 * line in lower case that does not continues the one above when that did not end its sentence
 * (a wrapped line: "KP to get a sign put up by" / "the end of March"); otherwise it stands
 * alone (a capital after a line with no full stop is as often a new note as a wrap).
 */
function itemLines(
  lines: readonly string[],
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
): string[] {
  const items: string[] = [];
  let open = false;
  for (const coded of lines) {
    // "A1 RL to ask ...": the item's own code before it.
    const line = coded.replace(ITEM_CODE, '');
    const starts = Boolean(personLead(line, surnames, forenames));
    if (!starts && open && /^[a-z(]/.test(line)) items[items.length - 1] += ` ${line}`;
    else items.push(line);
    open = !/[.!?:]$/.test(line.trim()) && (starts || open);
  }
  return items;
}

// A table a web page flattened one cell a line, each cell closed by " |" ("Village Handyman |",
// "HS | |"): the cells, empty ones kept, in reading order.
const CELL_END = /\|\s*$/;

/**
 * The rows of such a table whose action column holds initials ("... by Harry. | HS | |"): the
 * text is the cell before them, the ref the last number cell. "Agenda item" in that column, or
 * initials after a title of a few words, are no action.
 */
function pipeCellActions(p: Paragraph, surnames: ReadonlySet<string>): Found[] {
  const lines = p.lines?.length ? p.lines : [p.text];
  if (lines.filter((l) => CELL_END.test(l)).length * 2 < lines.length || lines.length < 3)
    return [];
  const cells = p.text.split(/\s*\|\s*/);
  const found: Found[] = [];
  let ref: string | null = null;
  cells.forEach((cell, i) => {
    if (/^\d{1,3}\.?$/.test(cell)) ref = cell.replace(/\.$/, '');
    const before = cells[i - 1] ?? '';
    const owners = /^[A-Z]{2,4}(?:\s*[/&,]\s*[A-Z]{2,4})*$/.test(cell)
      ? ownerList(cell, surnames)
      : undefined;
    if (!owners?.every((t) => t.kind === 'initials') || before.split(' ').length < 5) return;
    found.push({
      kind: 'explicit',
      ref,
      text: cleanText(before),
      ownersAsWritten: cell,
      owners,
      confidence: 0.75,
    });
  });
  return found;
}

/**
 * A row's last " / " cell when it names who does what ("... fees? / Annie to ask the bank");
 * the cells before it hold no other " / ", and a report ("Annie noted ...") is no action.
 */
function doerCell(
  row: string,
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
): (NonNullable<ReturnType<typeof leadingOwner>> & { cell: string }) | undefined {
  const m = /^(.*\S)\s+[/|]\s+([A-Z][^/|]{3,200})$/.exec(row);
  if (!m || /\s[/|]\s/.test(m[1]!.replace(/^[/|]\s*/, '')) || NARRATIVE.test(m[2]!))
    return undefined;
  const doer = personLead(m[2]!, surnames, forenames);
  return doer && { ...doer, cell: m[2]! };
}

/** "Carol to ...", after a short label or not; see personAtStart. */
function personLead(
  text: string,
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
  marked = false,
): ReturnType<typeof leadingOwner> {
  const lead = personAtStart(text, surnames, forenames, marked);
  if (lead || LABELLED.test(text)) return lead;
  const label = ITEM_LABEL.exec(text);
  return label
    ? personAtStart(text.slice(label[0].length), surnames, forenames, marked)
    : undefined;
}

/** "Carol to ...": a first name alone is an owner only when an attendee has it ("Write to ..."). */
function personAtStart(
  text: string,
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string>,
  /** After an action marker a lone capitalised word that does something is someone. */
  marked = false,
): ReturnType<typeof leadingOwner> {
  const lead = leadingOwner(text, surnames, { firstNames: true, roles: true });
  const someone = /^([A-Z][a-z'-]{2,}) (?:will|to) [a-z]/.exec(text)?.[1];
  if (
    marked &&
    someone &&
    lead?.owners.length === 1 &&
    !TO_VERB.test(someone) &&
    !NOT_SOMEONE.test(someone)
  )
    return lead;
  // With no attendance list read there is no one to check a first name against: it is kept
  // as written unless it is a verb that takes "to" ("Write to the council").
  const unknown = lead?.owners.some(
    (t) =>
      t.kind === 'name' &&
      !t.name.includes(' ') &&
      !forenames.has(t.name.toLowerCase()) &&
      (forenames.size > 0 || TO_VERB.test(t.name) || !/\sto\s/.test(text.slice(0, 40))),
  );
  return unknown ? leadingOwner(text, surnames, { roles: true }) : lead;
}

// Words that open "X will ..." and are no one: a subject noun, not a first name.
const NOT_SOMEONE =
  /^(?:work|funding|training|progress|planning|parking|staff|everybody|nobody|someone|somebody|anyone|council|committee|group|team|meeting|minutes|agenda|actions?|budget|information|feedback|payment|letters?|papers?|officers?|members|residents|volunteers|schools?|people|this|that|it|there|they|we|he|she|you)$|(?:ing|tion|sion|ment|ness|ance|ence|ity)$/i;
// "All further comments to ...", "All remaining feedback to be sent to ...": what everyone sends.
const EVERYONE_SENDS =
  /^All\s+(?:(?:further|other|remaining|outstanding|final)\s+)?(?:comments|feedback|views|suggestions|amendments|corrections|questions|ideas|nominations)\b[^.]{0,60}?\s(?:to|be sent to|should go to)\s/;
const everyone = (text: string) => ({
  owners: [{ kind: 'group', written: 'All', name: 'All' } as const],
  written: 'All',
  rest: text,
});

/** "need to ...", "all to ...": a word no nick stands for (all is everyone, read as a group). */
const notSomeone = (word: string): boolean =>
  TO_VERB.test(word) || NOT_SOMEONE.test(word) || /^all$/i.test(word);
const TO_VERB =
  /^(?:write|talk|speak|reply|respond|report|go|agree|refer|return|listen|add|send|get|try|attempt|continue|need|want|plan|aim|seek|look|move|bring|forward|circulate|explain|propose|commit|ask|invite|introduce|contribute|submit|apply|pay|give|show|present|point|turn|switch|change|post|email|mail|copy|deliver|transfer|link|connect|subscribe|reach|respond|lobby|liaise|promote|outline|suggest|offer|take|pass|provide|tell|invite|due|welcome|thanks?)$/i;

// A paragraph's lines up to here may each name an owner; "Minutes:" and text below end them.
const MAX_OWNER_LINES = 4;

/** The owners a paragraph opens with, one a line, when its first line is nothing else. */
function ownerLines(
  p: Paragraph | undefined,
  surnames: ReadonlySet<string>,
): { owners: OwnerToken[]; written: string } | undefined {
  const lines = p?.lines ?? (p ? [p.text] : []);
  const owners: OwnerToken[] = [];
  const written: string[] = [];
  for (const line of lines.slice(0, MAX_OWNER_LINES)) {
    const list = ownerList(line, surnames);
    if (!list) break;
    owners.push(...list);
    written.push(line.replace(/^\(\s*/, '').trim());
  }
  return owners.length ? { owners, written: written.join(' / ') } : undefined;
}

/** ModernGov minutes number items ("12. Budget monitoring"); "Action by" belongs to the item. */
function minuteNumber(paras: readonly Paragraph[], i: number): string | null {
  for (let j = i - 1; j >= 0; j--)
    if (paras[j]!.ref && /^\d+$/.test(paras[j]!.ref!)) return paras[j]!.ref;
  return null;
}

function previousText(paras: readonly Paragraph[], i: number): Paragraph | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const p = paras[j]!;
    if (MARKER.test(p.text)) return undefined;
    if (!isHeading(p)) return p;
  }
  return undefined;
}

// "agreed that" / "resolved that" opens the part a marker closes; a clause shorter than this
// is a fragment ("agreed that it would"), not an action.
const DECIDED = /\b(?:agreed|resolved|decided)\s+that\s+/gi;
const MIN_WORDS = 4;

/**
 * A marker after discussion ("The fence was discussed at length. ... Quotes will be sought.
 * Action: DH") closes what was decided, not the whole paragraph: the clause after the last
 * "agreed that", else the last sentence; never across a line that ended without a full stop.
 */
function closedByMarker(whole: string, lines?: readonly string[]): string {
  const run = lineRuns(whole, lines).pop() ?? whole;
  const text = run.split(' ').length >= MIN_WORDS ? run : whole;
  const decided = [...text.matchAll(DECIDED)].pop();
  const clause = decided ? text.slice(decided.index + decided[0].length) : undefined;
  if (clause && clause.split(' ').length >= MIN_WORDS) return clause;
  // A sentence ends after a word of two or more letters, so "Cllr D. Hayward" stays whole, and
  // not after a title, so "Cllr. Hext agreed to ..." keeps its owner.
  const sentences = text.split(
    /(?<=[a-z)]{2}[.!?])(?<!\b(?:Cllrs?|Mrs?|Ms|Dr|Prof)\.)\s+(?=[A-Z])/,
  );
  const last = sentences.pop()!;
  // "All Cllrs. to review the site by 31st October. The new format will be used - Action ALL":
  // a passive decision names no doer, so the owner closes the commitment before it.
  const before = sentences.pop();
  if (before && PASSIVE_DECISION.test(last) && COMMITMENT.test(before)) return before;
  return last.split(' ').length >= MIN_WORDS ? last : text;
}
const PASSIVE_DECISION =
  /^(?:The|This|That|These|It)\b[^.]{0,60}\b(?:will|would|is to|are to) be [a-z]+(?:ed|en)\b[^.]{0,30}\.?$/;
const COMMITMENT = /^(?:[A-Z][\w.']*\s+){1,3}(?:to|will|agreed to)\s+[a-z]+/;

/**
 * "Minutes agreed with minor errors to be amended by IL", closed by IL: IL's part is the clause
 * whose passive names IL as who does it, not the approval around it.
 */
function doneByOwner(sentence: string, written: string): string | undefined {
  const owner = written.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const clause = new RegExp(
    String.raw`(?:^|[,;]\s*|\b(?:with|and|but|while|whilst)\s+)((?:(?!\b(?:with|and|but)\b)[^,;])+?\bto be [a-z]+)\s+by\s+(?:the\s+)?${owner}\s*\.?$`,
    'i',
  ).exec(sentence.trim());
  return clause && clause[1]!.split(' ').length >= MIN_WORDS ? clause[1] : undefined;
}

// A date standing after an owner: "RL - 31/01/2025", "RL, 31 Jan 2025", "RL – end of March".
const DATE_AFTER =
  /\s*[-–—,]\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|end of [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{4})\s*\.?$/;
const stripDue = (s: string) =>
  s
    .replace(/\s*[-–—,(]?\s*(?:by|due|deadline)\b[:\s].*$/i, '')
    .replace(DATE_AFTER, '')
    .replace(/[.\s]+$/, '')
    .trim();

/** An explicit action whose owners its rule has already read. */
function ownedAction(
  ref: string | null,
  text: string,
  written: string,
  owners: OwnerToken[],
  confidence: number,
  dueText?: string,
): Found {
  return {
    kind: 'explicit',
    ref,
    text,
    ownersAsWritten: written,
    owners,
    ...(dueText === undefined ? {} : { dueText }),
    confidence,
  };
}

/** Drops "RESOLVED –" and similar, closes the sentence. */
function cleanText(s: string): string {
  const t = s
    .replace(
      /^(?:RESOLVED|Resolved|AGREED|Agreed|DECISION|Decision|DECIDED|Decided)\s*(?:[:\-–—]|that)\s*/,
      '',
    )
    .replace(/^that\s+/i, '')
    // "... the structural analysis (see https://docs.example.org/d/1x - please use ...)": a
    // link in brackets is where to do it, not what is done; unclosed where the line was cut.
    .replace(/\s*\((?:see|at|via|link:?)?\s*https?:\/\/[^)]*(?:\)|$)/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  return capitalise(t);
}
