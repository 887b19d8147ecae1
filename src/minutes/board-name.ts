/**
 * The board the minutes are of, from the head of the document: the name a body gives itself in
 * its heading, never a URL, a running head's furniture or an attendee's organisation.
 */
import { findDate } from './dates.ts';
import { squash } from './text.ts';

const BOILERPLATE =
  /^(?:back to table of contents|mayor of london|london assembly|key information|contents|(?:in\s+)?(?:public|private)\b|official|draft|confidential|restricted|part\s+(?:[A-Z]|\d|I{1,3})\b)\s*/i;

// The name a body gives itself ends in one of these words ("... Partnership Board", "... JAG"),
// or is a company's ("Elm Court Management Company Ltd", a residents' management company).
const BODY_NOUN =
  /(?:^|\s)(?:board|council|committee|partnership|panel|authority|forum|trust|group|district|commissioners|commission|executive|assembly|cabinet|service|network|alliance|governors|directors|trustees|subcommittee|sub-committee|jag|nag|club|society|association|team|company|company ltd|company limited|senate)$/i;
// A name made only of these words is a kind of body, not the board's own name: "Parish Council".
const GENERIC = new Set(
  'the of and a an parish town city county district council board committee meeting meetings ordinary extra full extraordinary special annual general trust members governing body group sub public open main last previous'.split(
    ' ',
  ),
);
// A kind of body with the qualifier that makes it one body of its organisation ("Trust Board
// Action Tracker", "Management Board actions log"): the name it calls itself by. A noun alone
// ("Board Meeting", "Committee Meeting") and a council ("Parish Council", "Full Council") are not.
const LONE_BODY = /^(?:trust|management|steering|executive)\s+(?:board|committee|group)$/i;
// Lines a web page or PDF viewer puts round the minutes, and labelled head lines: never the name.
const JUNK =
  /^(?:source\s*:|https?:|www\.|agenda item\b|agenda and\b|items?$|no\.?\s*item|skip to|download\b|size\s*:|start display|save this|transcription|home\b|image$|publication$|upload\b|post on|category\b|\d+ views|show (?:more|less)|documents?$|enclosure\b|venue\s*:|contact\s*:|location\s*:|time\s*:|date\s*:|secure email|telephone\b|tel\s*:|email\s*:|page\s+\d+(?:\s+of\s+\d+)?$|part\s+(?:[a-z]|\d|i{1,3})$|(?:public\s+)?(?:document|agenda|reports?)\s+pack\b|(?:(?:draft|approved|unconfirmed|confirmed|signed)\s+)?(?:minutes|notes|action notes|meeting notes)$)/i;
// The attendance list has begun: a line alone that ends in "Council" is now someone's organisation.
const ATTENDANCE =
  /^(?:present|attendees|attendance|in attendance|those (?:present|attending)|members present|apologies)\b/i;
const DATE_START =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?[\s./-]|held\b|on\b)/i;

// Letters that name a meeting, a time or a format, not a body.
const NOT_A_BODY =
  /^(?:THE|AND|FOR|ALL|ANY|OUR|NEW|AGM|EGM|AOB|TBC|TBA|TBD|GMT|BST|UTC|EST|PDF|UK|USA|MS|PM|AM)$/;

// A short word in capitals that reads as English, not letters: HULL, LAST, WEST (not NHS, LSCB, OPCC).
const CAPS_WORD = /^[B-DF-HJ-NP-TV-Z][AEIOUY][A-Z]{2}$/;

/** "CITY OF ITHACA BOARD" -> "City of Ithaca Board"; short words that are not English stay capitals (NHS, YOT). */
function titleCase(s: string): string {
  if (/[a-z]/.test(s)) return s;
  const small = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'a', 'an', 'to']);
  const words = new Set([
    'city',
    'town',
    'fire',
    'east',
    'west',
    'north',
    'south',
    'joint',
    'board',
    'care',
    'trust',
    'new',
    'youth',
    'local',
    'road',
    'group',
    'panel',
    'forum',
    'area',
    'and',
  ]);
  return s
    .split(' ')
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && small.has(lower)) return lower;
      if (w.length <= 4 && /^[A-Z]+$/.test(w) && !words.has(lower) && !CAPS_WORD.test(w)) return w;
      return lower.replace(/(^|[-'])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
    })
    .join(' ');
}

/** Cleans a candidate name and keeps it only when it is a body's own name. */
function asBoard(raw: string | undefined, strong = false, named = false): string | null {
  if (!raw) return null;
  let s = squash(stripBoilerplate(raw))
    // A mailing list's tag before the subject: "[opensuse-project] openSUSE Board ...".
    .replace(/^\[[\w.-]+\]\s*/, '')
    // A reference code or page number glued in front: "PGB-15-47 ...", "1 The ...", "Page ...".
    .replace(/^(?:[A-Z]{2,}[-\d]*-\d+\s+|\d+[.)]?\s+|page\s+)/i, '')
    // Web page text glued in front of a title in capitals: "...AboutMN-BFC-2013-12-10CITY OF ITHACA".
    .replace(/^.*[a-z\d](?=[A-Z]{2,}(?:\s+[A-Z]{2,}|\s+OF\b))/, '')
    // A web page's links glued in front: "Login Sporting Alfas Cricket Club".
    .replace(
      /^(?:log ?in|sign ?in|log ?out|sign ?out|register|search|menu|home|skip to content)\s+(?=[A-Z])/i,
      '',
    )
    .replace(
      /^(?:the\s+)?(?:(?:draft|approved|unconfirmed|confirmed)\s+)?(?:minutes|notes)\s+(?:of|for)\s+(?:the\s+)?/i,
      '',
    )
    // The minutes' standing, not the body's name: "Unofficial Center ISD Board of Trustees".
    .replace(/^(?:draft|unofficial|final|approved|unconfirmed|confirmed)\s+(?=[A-Z])/i, '')
    .replace(/\s*\([A-Za-z&]{2,8}\)$/, '')
    .replace(/\s+(?:meeting|minutes|notes)$/i, '')
    // "... Board of Trustees Regular (Meeting)": which of its meetings, not the body.
    .replace(/\s+(?:regular|special|ordinary|extraordinary|monthly|quarterly)$/i, '')
    // "Trust Board in Public": which part of the meeting, not the body.
    .replace(/\s+(?:meeting\s+)?in\s+(?:public|private)$/i, '')
    .replace(/\s+(?:meeting|minutes|notes)$/i, '')
    .replace(/^(?:the\s+)/i, (m) => m)
    .replace(/[\s,:;.\-–—]+$/, '')
    .trim();
  // "... NHS Trust TRUST BOARD": a word repeated by PDF export.
  s = s.replace(/\b(\w+) (?=(\w+)\b)/g, (m, a: string, b: string) =>
    a.toLowerCase() === b.toLowerCase() ? '' : m,
  );
  // The year of a yearbook-style heading: "Greyfield Allotments Committee 2019", "... 2023/24".
  s = s.replace(/\s+(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?$/, '');
  // A leading date: "April 2021 Parish Council".
  s = s.replace(
    /^(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}\s+/i,
    '',
  );
  const words = s.split(' ');
  if (!s || words.length > 12 || s.length > 90) return null;
  // "openSUSE Board": a name may start with a small letter before its capitals.
  if (!/^(?:[A-Z]|[a-z]+[A-Z]{2})/.test(s) && !/^the\s/i.test(s)) return null;
  // A number alone is a date's or an item's; inside a word it is the name's ("PS26 ... PTA").
  if (/[,;:@/|]|(?:^|\s)\d/.test(s)) return null;
  // "Annual General Meeting of the X Society" is a meeting's title; the body is named inside it.
  // "Agenda for Committee", "Notice of Committee": a paper's title, not a body's name.
  if (/\bmeetings?\b|^agenda\b|\bnotice of\b/i.test(s)) return null;
  const acronym = /^[A-Z]{2,6}$/.test(s) && !CAPS_WORD.test(s) && !NOT_A_BODY.test(s);
  // "Greyfield PPG": a place and the letters of a kind of body.
  const lettered =
    /^(?:[A-Z][\w'-]+\s+){1,4}[A-Z]{2,6}$/.test(s) && !NOT_A_BODY.test(s.split(' ').pop()!);
  // "... Partnership Forum – West": a region after the name.
  // "Minutes of February Committee meeting – Agreed": an earlier meeting named by its month.
  if (
    /^(?:january|february|march|april|may|june|july|august|september|october|november|december|last|previous|next)\s/i.test(
      s,
    )
  )
    return null;
  // "... Managers Ltd": the company's suffix after the body's noun.
  const core = s
    .replace(/\s+[–—-]\s+[A-Z][a-z]+$/, '')
    .replace(/\s+(?:ltd|limited|inc|plc|cic|llc)\.?$/i, '');
  // "Safeguarding Board for Northern Ireland": the place the body serves after its noun.
  const served = core.replace(
    // "... for County Durham and Darlington": places joined by "and".
    /\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'-]*){0,4}$/,
    '',
  );
  const lone = strong && LONE_BODY.test(s);
  if (
    !named &&
    !lone &&
    !(BODY_NOUN.test(core) || BODY_NOUN.test(served) || (strong && (acronym || lettered)))
  )
    return null;
  if (
    !acronym &&
    !lone &&
    words.every((w) => GENERIC.has(w.toLowerCase().replace(/['\u2019]s?$/, '')))
  )
    return null;
  // Every word that matters begins with a capital, as a name does; but for the body's noun at
  // the end, which some write in lower case ("Local Trust board").
  if (
    !lone &&
    words.some(
      (w, k) =>
        !(k === words.length - 1 && k > 0 && BODY_NOUN.test(` ${w}`)) &&
        /^[a-z]/.test(w) &&
        !/^[a-z]+[A-Z]{2}/.test(w) &&
        !/^(?:of|and|the|for|in|on|a|an|to|upon|le|de|sur|under|with)$/.test(w),
    )
  )
    return null;
  return titleCase(s);
}

/**
 * The board named in the head of the document: "Minutes of the X held on", "At a meeting of
 * the X held", "X meeting - date", "Meeting minutes - X - date", "Meeting: date - X", or the
 * name alone on a line before the attendance list. Never a URL line, "Agenda item", a generic
 * "Parish Council" or an attendee's organisation.
 */
export function boardFromHeading(lines: readonly string[]): string | null {
  const head = lines.slice(0, 40).map(squash);
  let weak: string | null = null;
  let weakOpen = true;
  for (let i = 0; i < head.length; i++) {
    const line = head[i]!;
    if (!line || JUNK.test(line)) continue;
    if (ATTENDANCE.test(line)) weakOpen = false;
    // Cells of a running head: "Minutes ... 1 | Page STOCKTON-ON-TEES LOCAL ... BOARD".
    for (const cell of line.split(/\s+\|\s+|\t|\s{3,}/)) {
      const strong = strongBoard(cell);
      // "Greyfield Carers Association Ltd / Minutes of Executive Meeting": a one-word kind of
      // body under the organisation's name is that organisation's meeting.
      if (strong && weak && /^[A-Z][a-z]+$/.test(strong)) return weak;
      if (strong) return withBoardBelow(expandAcronym(strong, head.slice(0, i)), head[i + 1]);
      if (weak === null && weakOpen && !/^\d+[.)]/.test(cell)) {
        weak =
          asBoard(CAPS_RUN.exec(cell)?.[1]) ??
          titled(cell) ??
          asBoard(OWN_BUSINESS.exec(cell)?.[1], true) ??
          asBoard(/^(.+?)\s+[-–—]\s+(?=\S)/.exec(cell)?.[1]) ??
          (DATE_START.test(cell) || cell.endsWith(':') ? null : asBoard(cell));
        if (weak) weak = withBoardBelow(weak, head[i + 1]);
      }
    }
    // "Wellington Primary / Care Partnership": a title broken over two lines.
    const next = head[i + 1];
    if (weak === null && weakOpen && next && !BODY_NOUN.test(line) && line.split(' ').length <= 5)
      weak = asBoard(`${line} ${next}`);
  }
  if (weak) return weak;
  for (const line of head) {
    const named =
      /\bwelcomed .{0,40}? to the (.+?) meeting\b/i.exec(line) ??
      /\b(?:elected|appointed) (?:as )?(?:vice[- ])?chair(?:man)? of the (.+?)(?= for\b| until\b|[.,;]|$)/i.exec(
        line,
      );
    const b = asBoard(named?.[1]);
    if (b) return b;
  }
  return null;
}

// An item title on the body's own business opens with its name: "Police and Crime Panel Work
// Programme Priorities", "Schools Forum Terms of Reference" (a web page of one agenda item).
const OWN_BUSINESS =
  /^(.+?\b(?:board|council|committee|partnership|panel|authority|forum|group|commission|assembly|cabinet|trust))\s+(?:work programme|forward (?:plan|work programme)|terms of reference|membership|(?:actions?|decisions?) (?:log|tracker|list)|meeting dates|schedule of meetings|(?:portfolio\s+)?action plan)\b/i;

/**
 * "X Board Meeting", "X – Minutes", "X AGM", "X call": the words before the meeting's noun. A
 * name in letters ("ACT call 6/26/13", "Greyfield PPG meeting, 3 May") is a body's only when a
 * date follows, as a heading dates its meeting.
 */
function titled(cell: string): string | null {
  const m =
    /^(.+?)\s+(?:[-–—]\s+)?(?:(?:meeting|agm|egm|call)\s+)?(?:minutes|meeting|notes|agm|egm|call|agenda)\b/i.exec(
      cell,
    );
  // "MINUTES OF THE MEETING ...": the words before are the title's, not a name.
  if (!m || /\b(?:of|the|a|an)$/i.test(m[1]!)) return null;
  const dated = (findDate(cell)?.start ?? -1) >= m[0].length;
  return asBoard(m[1], dated);
}

// A name in capitals inside a longer line, where PDF text glues it to what follows:
// "BROMLEY ... TRUST BOARDMINUTES OF LAST MEETING", "Page STOCKTON ... BOARD (SLSCB) 1. Attendance",
// "BADENOCH & STRATHSPEY COMMUNITY PARTNERSHIP MEETING" (an ampersand between its words).
const CAPS_RUN =
  /((?:[A-Z][A-Z'\u2019&.-]*\s+)(?:(?:[A-Z][A-Z'\u2019&.-]*|&)\s+){0,9}(?:BOARD|COUNCIL|COMMITTEE|PARTNERSHIP|PANEL|AUTHORITY|FORUM|TRUST|COMMISSION|EXECUTIVE|CABINET|DIRECTORS|GOVERNORS|TRUSTEES|SENATE))(?=\s*MINUTES|\s*MEETING|\s*\(|\s*$|\s+\d)/;

/** "X NHS TRUST" over "TRUST BOARD ACTION TRACKING LIST": the trust's board. */
function withBoardBelow(board: string, next: string | undefined): string {
  return /\btrust$/i.test(board) && next && /^(?:trust\s+)?board\b/i.test(next)
    ? `${board} Board`
    : board;
}

/** "NZBS Board" under a heading "NEW ZEALAND BLOOD SERVICE": the heading spells the letters out. */
function expandAcronym(board: string, before: readonly string[]): string {
  const m = /^([A-Z]{2,6})\s+(.+)$/.exec(board);
  if (!m) return board;
  const spelt = before.find(
    (l) =>
      l.split(' ').length <= 8 &&
      l
        .split(' ')
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join('') === m[1],
  );
  return spelt ? `${titleCase(spelt)} ${m[2]}` : board;
}

function strongBoard(cell: string): string | null {
  const stop = String.raw`(?=\s+(?:meeting\b|(?:to be )?held\b|on\b|at\b|from\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)|\s*[-–—,(]|$)`;
  // "The first meeting of the Eastgate Community Growers came to order", "The regular monthly
  // meeting of Friends of Hillcrest Volunteers was held on ...": the name of a body whose
  // meeting is opened or held, whatever noun it ends in (two words at least: never a day's name).
  const opened =
    /\bmeeting of (?:the )?((?:[A-Z][\w'\u2019&.-]*\s+(?:(?:of|and|for|the)\s+)?){0,6}[A-Z][\w'\u2019&.-]*)\s+(?:came|was called|were called) to order\b|\b(?:regular|monthly|annual|quarterly|ordinary|general|committee|board)\s+meeting of (?:the )?((?:[A-Z][\w'\u2019&.-]*\s+(?:(?:of|and|for|the)\s+)?){1,6}[A-Z][\w'\u2019&.-]*)\s+(?:was|were) held\b/.exec(
      cell,
    );
  const name = opened && asBoard(opened[1] ?? opened[2], true, true);
  if (name) return name;
  // "The Environment & Highways Sub-Committee of West Bergholt Parish Council met on 9th April":
  // a body that met; a committee of a council is the committee.
  const met =
    /^The ((?:[A-Z][\w'\u2019&.-]*\s+(?:(?:of|and|for|the|&)\s+)*){0,8}?[A-Z][\w'\u2019&.-]*)\s+met\b/.exec(
      cell,
    );
  const own =
    met && /^(.+?\b(?:sub-)?(?:committee|board|group|panel|forum))\s+of\s+/i.exec(met[1]!);
  const bodyNoun =
    /\b(?:association|committee|board|group|panel|forum|council|society|trust|partnership|club|network|alliance|commission|authority|assembly|federation|union|co-?operative|foundation)\b/i;
  const body = met && bodyNoun.test(met[1]!) && asBoard(own?.[1] ?? met[1], true, true);
  if (body) return body;
  const patterns = [
    new RegExp(
      String.raw`\bminutes (?:of|from(?= the )) (?:a |an |the )?(?:(?:extraordinary|special|annual|ordinary|public)\s+)?(?:meeting of (?:the )?)?(.+?)${stop}`,
      'i',
    ),
    // "Minutes of the quarterly meeting of the X", "At an adjourned meeting of the X".
    new RegExp(
      String.raw`\b(?:at|of) (?:a|an|the) (?:[a-z][\w-]*\s+){0,2}meeting of (?:the )?(.+?)${stop}`,
      'i',
    ),
    // "BM13-01/15M 13th Meeting of the Safeguarding Board for Northern Ireland To be held on".
    new RegExp(String.raw`\b\d+(?:st|nd|rd|th) meeting of (?:the )?(.+?)${stop}`, 'i'),
    // A template's label: "Meeting Title: London Safeguarding Children Board Meeting",
    // "Meeting: Riverton YOS Management Board", "Name of committee: ...".
    /^(?:meeting title|meeting|name of (?:the )?(?:meeting|committee|board|body))\s*:\s*(.+?)$/i,
    // "Meeting of the X held on ...", "Annual General Meeting of the X Society".
    new RegExp(String.raw`^(?:[A-Za-z-]+\s+){0,3}?meeting of (?:the )?(.+?)${stop}`, 'i'),
    // "Minutes: X, 14 January 2019", "Notes – X (Tuesday ...)".
    new RegExp(String.raw`^(?:meeting\s+)?(?:minutes|notes)\s*[:–—]\s*(.+?)${stop}`, 'i'),
    /^(?:meeting\s+)?(?:minutes|notes)\s+[-–—:]\s+(.+?)\s+-\s+.*\d/i,
    /^meeting\s*:\s*[\d/.]+\s*[-–—]\s*(.+?)\s*(?:\(|$)/i,
    // "... Meeting Notes Steering Committee – October 1, 1999": a title, a dash, the date.
    /\b(?:[Mm]eeting [Nn]otes|[Mm]inutes)\s+((?:[A-Z][\w&'\u2019-]*\s+){0,6}[A-Z][\w&'\u2019-]*)\s+[-–—]\s+(?:[A-Z][a-z]+\.?\s+)?\d/,
  ];
  // "Minutes of the Board Meeting of Elm Court Residents' Association": a kind of body alone
  // gives way to the body's own name later in the line.
  let lone: string | null = null;
  for (const re of patterns) {
    const m = re.exec(cell);
    const b = asBoard(m?.[1], true);
    if (b && !LONE_BODY.test(b)) return b;
    lone ??= b;
  }
  return lone;
}

function stripBoilerplate(s: string): string {
  let out = s;
  // PDF export glues running heads to titles: "Back to table of contentsLondon Crime ...".
  for (let k = 0; k < 3; k++) out = out.replace(BOILERPLATE, '').trim();
  return out.replace(/^MAYOR OF LONDON(?:LONDON ASSEMBLY)?/, '').trim();
}
