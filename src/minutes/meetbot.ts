/**
 * Minutes kept by an IRC or Matrix meeting bot (MeetBot, meetingology, zodbot): a raw log whose
 * recorded actions are "#action kbolt to fix the page" lines, or the bot's summary, where each
 * item is "* ACTION: kbolt to fix the page (maria, 19:03:10)" and may be flattened onto one line
 * with the others. Owners are nicks ("kbolt", "@kbolt:example.org"): kept as written, matched
 * to an attendee only as any first name is.
 */
import type { OwnerToken } from './owners.ts';
import type { Paragraph } from './sections.ts';

// What only a bot's log or summary carries.
const BOT_SIGNS =
  /(?:^|\s)#(?:startmeeting|endmeeting|action|agreed|info)\b|\bMeeting started by\b|\bMeet[Bb]ot\b|\bmeetingology\b|\bzodbot\b/;

/** True when the text is a meeting bot's log or summary. */
export const isMeetbot = (paras: readonly Paragraph[]): boolean =>
  paras.some((p) => BOT_SIGNS.test(p.text));

// "19:03 <maria> ", "[19:03:22] <@maria> ", "19:03:12 maria: ": the time and speaker of a line;
// a log line carries a time or a bracketed nick, "Note: ..." alone is no speaker.
const TIME = String.raw`\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+`;
const NICK_SAID = String.raw`(?:<[@+%~&]?[^>\s]{1,40}>|[\w[\]\`^{}|-]{1,40}:)\s+`;
const LOGGED = new RegExp(String.raw`^\s*(?:${TIME}(?:${NICK_SAID})?|<[@+%~&]?[^>\s]{1,40}>\s+)`);
const SPEAKER = new RegExp(String.raw`^\s*(?:${TIME})?(?:${NICK_SAID})?`);
const RECORDED = /^#action\b:?\s*/i;

/**
 * A raw log keeps, for the actions, only its "#action" lines, each rewritten as an "ACTION:"
 * paragraph; the chat around them is talk, not minutes. Anything else is returned as it is.
 */
function recordedActions(p: Paragraph): Paragraph[] {
  const lines = p.lines?.length ? p.lines : [p.text];
  if (lines.filter((l) => LOGGED.test(l)).length * 2 < lines.length) return [p];
  return lines.flatMap((l, i) => {
    const said = l.replace(SPEAKER, '');
    if (!LOGGED.test(l) || !RECORDED.test(said)) return [];
    const text = `ACTION: ${said.replace(RECORDED, '')}`;
    return [{ ...p, ref: null, bullet: false, line: p.line + i, text, lines: [] }];
  });
}

// A summary's item labels; one line may hold them all, each opening with " * ".
const ITEM = /\s\*\s+(?=(?:TOPIC|INFO|ACTION|AGREED|IDEA|LINK|HELP|ACCEPTED|REJECTED|VOTE)\s*:)/;

/** A summary flattened onto one line falls into one paragraph an item. */
function summaryItems(p: Paragraph): Paragraph[] {
  const items = p.text.split(ITEM);
  return items.length > 2
    ? items.map((text) => ({ ...p, ref: null, bullet: false, text: text.trim(), lines: [] }))
    : [p];
}

/** A bot's paragraphs as the marker rules read them: one action, or one item, a paragraph. */
export const botParagraphs = (p: Paragraph): Paragraph[] =>
  recordedActions(p)
    .flatMap(summaryItems)
    .map((q) => ({ ...q, text: withoutMinutedBy(q.text) }));

// "(maria, 19:03:10)", "(@maria:example.org, 14:11:34)": who minuted the item, and when.
const MINUTED_BY = /\s*\(@?[\w.[\]`^{}|-]{1,40}(?::[\w.-]+)?,\s*\d{1,2}:\d{2}(?::\d{2})?\)\s*$/;

/** The item without the bot's note of who minuted it and when. */
export const withoutMinutedBy = (text: string): string => text.replace(MINUTED_BY, '');

// "@kbolt Fix ...", "@kbolt:example.org Fix ...": a handle needs no "to"; "kbolt to fix ...": a
// bare nick does.
const HANDLE = /^@([\w.-]{1,40})(?::[\w.-]+)?\s+(?=\S)/;
const NICK = /^([\w[\]`^{}|-]{2,40})\s+to\s+(?=[a-z])/;

/** The nick an action opens with, and what it asks; `notSomeone` refuses words ("need to"). */
export function nickLead(
  text: string,
  notSomeone: (word: string) => boolean,
): { owners: OwnerToken[]; written: string; rest: string } | undefined {
  const m = HANDLE.exec(text) ?? NICK.exec(text);
  if (!m || notSomeone(m[1]!)) return undefined;
  const written = text
    .slice(0, m[0].length)
    .replace(/\s+to\s+$/, '')
    .trim();
  const rest = text.slice(m[0].length);
  return {
    owners: [{ kind: 'name', written, name: m[1]! }],
    written,
    rest: rest.charAt(0).toUpperCase() + rest.slice(1),
  };
}

/**
 * A nick an attendance list declares after a name ("Hendrik Vogelsang (henne)",
 * "Federico Mena Quintero (federico1)"): lower case or with a digit, never an organisation's
 * name ("(NSPCC)", "(Barnardos)").
 */
export const isNick = (s: string): boolean => /^(?:[a-z][\w|^`-]{1,30}|[A-Za-z]+\d\w*)$/.test(s);

// The recap a bot prints after its summary: the actions again ("Action Items", "Action Items, by
// person") and who spoke ("People Present (lines said)"), each under a rule of dashes.
const RECAP_HEADING =
  /^\s*(?:action items(?:, by person)?|people present(?: \(lines said\))?|useful commands)\s*$/i;
const RULE = /^\s*[-=]{3,}\s*$/;
// "* maria (45)", "* @kbolt:example.org (12)": a nick and the lines they said.
const SPOKE = /^\s*\*\s+@?([\w.[\]`^{}|-]{1,40})(?::[\w.-]+)?\s+\(\d+\)\s*$/;
// The bots themselves, which speak in every log.
const BOT_NICK = /^(?:\w*bot|meetingology|ubottu|zodbot|fedbot|collabot|openstack)$/i;
// "Council members present: @jflory7, @dcantrell, @kbolt": handles listed as present.
const PRESENT_HANDLES =
  /\b(?:present|attendees|attending|roll ?call)\s*:\s*((?:@[\w.-]{2,40}(?::[\w.-]+)?(?:\s*,\s*|\s+and\s+|\s*$|\s+(?=[@(])))+)/i;

export interface BotRecap {
  /** The text with the recap blanked out, line for line, so that line numbers stay. */
  readonly lines: string[];
  /** The nicks that spoke, or that the summary lists as present; bots left out. */
  readonly attendees: string[];
}

/**
 * A bot's summary without its recap: the "Action Items" list repeats the actions already read
 * from the summary, and "People Present (lines said)" is the attendance, at the end where no
 * list of those present would be. Null when the text is not a bot's.
 */
export function botRecap(lines: readonly string[]): BotRecap | null {
  if (!lines.some((l) => BOT_SIGNS.test(l))) return null;
  const out = [...lines];
  const spoke: string[] = [];
  for (let i = 0; i < out.length; i++) {
    if (!RECAP_HEADING.test(out[i]!) || !RULE.test(out[i + 1] ?? '')) continue;
    const people = /people present/i.test(out[i]!);
    let j = i;
    // The recap runs to the next heading over a rule, or a blank line after its items.
    for (; j < out.length; j++) {
      if (j > i + 1 && RULE.test(out[j + 1] ?? '') && out[j]!.trim()) break;
      if (j > i + 2 && !out[j]!.trim() && !/^\s*\*/.test(out[j + 1] ?? '')) break;
      const m = people ? SPOKE.exec(out[j]!) : null;
      if (m) spoke.push(m[1]!);
      out[j] = '';
    }
    i = j - 1;
  }
  const listed = lines.flatMap((l) =>
    [...(PRESENT_HANDLES.exec(l)?.[1] ?? '').matchAll(/@([\w.-]{2,40})/g)].map((n) => n[1]!),
  );
  const attendees = [...new Set([...listed, ...spoke])].filter((n) => !BOT_NICK.test(n));
  return { lines: out, attendees };
}
