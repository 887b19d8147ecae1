/**
 * The lines that open or close an attendance list: "Present:", "In attendance", "Apologies",
 * "Sederunt", "Those present", the header row of an attendance table ("Name / Role /
 * Organisation"), and what says the list is over and the body has begun (a numbered item, an
 * agenda heading, the header row of an action table). Headings are read on their own line or
 * with the first names run into them ("Present: A, B and C").
 */

export type Section = 'present' | 'apologies' | 'skip';

// Headings that open a list of people. A label that is not here ("Technical Advisor:") is a role.
// "Apologies for Absence: were received from ...": the sentence may go on past the colon.
// The members of a body by what it calls them, as a heading of those present or absent says it:
// "Senators present:", "Aldermen absent:", "Supervisors present:", "Councilors excused:".
const MEMBERS = String.raw`(?:councill?ors|councilmembers|members|trustees|governors|commissioners|board members|directors|senators|aldermen|alderpersons|supervisors|selectmen|delegates)`;

export const HEADING = new RegExp(
  String.raw`^(present(?: members)?(?: were)?|(?:the meeting was )?attended(?: in part)?(?: by)?|excused|regrets|not present|not in attendance|(?:meeting )?attendees|(?:guests?|observers?|trustees|participating|staff)(?=\s*:)|participants|in (?:the )?room|in person|attendance|in attendance|in at ?t?end[ae]nce|attending|on (?:the )?call|sederunt|roll call|calling of the roll(?: and apologies(?: for absence)?)?|members of the public|public(?=\s*:)|(?:[a-z][\w’'-]*\s+){1,3}(?:councill?ors|members|trustees|governors|directors|officers|staff|representatives|reps)(?=\s*:)|management|board secretariat|staff in attendance|officers in attendance|absent|those (?:present|attending|in attendance)|${MEMBERS} (?:present|in attendance)(?: were| was)?|(?:(?:board |committee |council )?(?:${MEMBERS}|officers|staff)) (?:absent|excused|not present)|councill?ors(?=\s*:)|patients|patient (?:members|representatives?)|(?:the )?practice(?=\s*:)|persons? present|people present|others present|also present(?: were| was)?|also in attendance(?: were| was)?|members present|board members|board and advisors|board|group|members|officers|lead officers|other attendees|presenting|secretariat(?: and supporting officers)?|apologies(?: for absence)?(?:\s*:?\s+(?:(?:were|was|had been|have been|were also) )?(?:received|intimated|submitted|noted|given|tendered)(?: on behalf of| from)?)?|apologies|notes and arrangements|in the chair(?=\s*:)|minutes taken by|minute taker|clerk|chair(?:man|person|woman|ed by)?(?=\s*:))(?![a-z])\s*:?\s*(.*)$`,
  'i',
);

export const BODY_START =
  /^(?:[A-Za-z]{2,8} ?\/ ?\d{1,4}(?: ?[/.-] ?\d+)*:? |\d{1,2}(?:\.\d+)*[.)]?\s+\S|[a-z]?\d+[a-z]?\s+[A-Z]{3}|[Aa]genda [Ii]tem|AGENDA ITEM|[Ii]tem \d|ITEM \d|[Ww]elcome|WELCOME|[A-Z][A-Z ,&'()-]{7,}$)/;

// The headings that open the business of a meeting, whatever the words after them ("Matters
// arising from previous minutes:-", "Action points"): the attendance ends above them.
// "AIs:", "A/Is", "To do:", "Follow-ups:": the shorthand some groups head an action list with.
export const SHORTHAND_ACTIONS = String.raw`(?:open\s+|new\s+|outstanding\s+)?(?:AIs|A\/Is|AI\s+list|to[- ]?dos?(?:\s+list)?|follow[- ]?ups)`;

export const BODY_HEADING = new RegExp(
  String.raw`^(?:${SHORTHAND_ACTIONS}|summary of actions|action (?:log|points|items|list|sheet)|actions?(?: (?:arising|agreed|points?|items?|list|log))?|matters arising(?: (?:from|of) [^.;]{1,50})?|declarations? of interests?|minutes of (?:the )?(?:last|previous) meeting|any other (?:business|matters)|a\.?o\.?b\.?|date (?:and time )?of (?:the )?next meeting|correspondence|public (?:participation|forum|questions|question time)|open forum|(?:chair(?:man|person)?|clerk|treasurer)[’']?s? (?:report|announcements|welcome|introduction)|no\.?)\s*(?::-?)?$`,
  'i',
);

export function sectionOf(heading: string): Section {
  const h = heading.toLowerCase();
  // "Members absent:", "Commissioners Excused:": the body's absent members, by their title.
  if (
    /^(?:apolog|absent|excused|regrets|not present|not in attendance)|\s(?:absent|excused|not present)$/.test(
      h,
    )
  )
    return 'apologies';
  // The clerk and the minute taker attend ("Clerk – Sandrine Vaillant (SV)"); notes do not.
  if (h.startsWith('notes')) return 'skip';
  // Members of the public are there, but are not the body's attendance.
  if (/^(?:members of the )?public/.test(h)) return 'skip';
  return 'present';
}

// "Name / Title & Organisation / Present / Apology", "Name	Role	Organisation": the header row of an
// attendance table opens a list of those present, though no word of it says "present".
// A Markdown or pasted table writes the row between bars ("| Name | Role |").
export const TABLE_HEADER =
  /^(?:\|\s*)?names?\b\s*(?:[/|\t,]\s*|\s+)(?:job )?(?:title|role|position|organi[sz]ation|agency|designation|representing)\b/i;

// "Non-members in attendance at request of Chief Officer:-", "Also in attendance for item 5:".
export const QUALIFIED_HEADING =
  /^((?:[A-Z][\w-]*\s+){0,3}(?:in attendance|present|attending)\b[^:]{0,50}):-?\s*(.*)$/i;

// The header row of an action table ("Item / Action / Owner / Due", "No. Action Owner Deadline"):
// every word a column's name, one of them saying who or when. It ends the attendance above it.
const TABLE_WORD =
  /^(?:no\.?|ref\.?|item|action(?:s|ed)?|points?|agreed|task|description|owner|responsib(?:le|ility)|lead|who|whom|by|when|due|date|deadline|timescale|target|status|progress|update|comments?)$/i;
const WHO_OR_WHEN =
  /^(?:owner|responsib(?:le|ility)|lead|who|whom|when|due|deadline|timescale|target)$/i;

export function isActionTableHeader(line: string): boolean {
  const words = line.split(/[\s/|]+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.every((w) => TABLE_WORD.test(w)) &&
    words.some((w) => WHO_OR_WHEN.test(w))
  );
}
