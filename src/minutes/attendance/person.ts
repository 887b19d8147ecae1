/**
 * One person as an attendance list gives them, whatever the list's shape: the name, the role and
 * organisation beside it, the initials the list declares, and the small repairs every reader needs
 * (names glued together by PDF export, titles before a name, initials that fix where a name ends).
 */
import { initialsOf, HONORIFICS, type NameSpan } from '../names.ts';

export interface RawAttendee {
  readonly name: string;
  readonly role: string | null;
  readonly org: string | null;
  /** Initials the list declares for the person ("Denise Hobbs (DHo - notetaker)"). */
  readonly initials?: string | null;
}

/** "(DHo - notetaker)", "(CC)" just after a name: the initials the minutes will use for them. */
export function declaredInitials(name: string, after: string): string | null {
  // "Richard Chapman RCp Chief Finance Officer": initials as a column of their own, no brackets;
  // taken only when their capitals are the name's own initials.
  const bare = /^\s+([A-Z][A-Za-z]{1,3})(?=\s|$)/.exec(after);
  if (bare && (bare[1]!.match(/[A-Z]/g) ?? []).join('') === initialsOf(name)) return bare[1]!;
  // "David Tibetts-Chaplin (DT-C)": a double-barrelled surname's initials keep their hyphen.
  const m =
    /^\s*[–—-]?\s*[A-Za-z ,&]{0,40}?\(([A-Z][A-Za-z']{1,4}(?:-[A-Z]{1,2}(?=\)))?)(?=[\s)–—,-])/.exec(
      after,
    );
  if (!m || m[1]!.charAt(0) !== name.charAt(0)) return null;
  return (m[1]!.match(/[A-Z]/g) ?? []).length >= 2 || m[1]!.length === 2 ? m[1]! : null;
}

/** Courtesy titles say nothing about the person's role on the board. */
export const COURTESY = /^(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Miss|Prof)/i;

export const stripHonorifics = (tokens: string[]): { honorific: string | null; rest: string[] } => {
  const honorific: string[] = [];
  while (tokens.length && HONORIFICS.test(tokens[0]!.replace(/\.$/, '')))
    honorific.push(tokens.shift()!);
  // "Rt Hon." arrives as two tokens.
  while (tokens.length && /^(?:Rt\.?|Hon\.?)$/i.test(tokens[0]!)) tokens.shift();
  return {
    honorific: honorific.length ? honorific.join(' ').replace(/\.$/, '') : null,
    rest: tokens,
  };
};

/** "James BennettMPSGemma Deadman" -> "James Bennett MPS Gemma Deadman". */
export function unglue(line: string): string {
  return unglueWords(
    line
      .replace(/(?<!\bMa?)([a-z])([A-Z]{2,})/g, '$1 $2')
      .replace(/([A-Z]{2,})([A-Z][a-z]{2,})/g, '$1 $2'),
  );
}

// Surname prefixes written with a capital after them ("McLaren", "MacDonald", "DeVito",
// "FitzGerald", "LaToya", "VanDyke"): the join inside them is the name's own.
const PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|St|O)$/;

/**
 * "David GrantChairPenny Coburn" -> "David Grant Chair Penny Coburn": a table's cells run
 * together by extraction. A word is cut where a lower-case letter meets a capital only when every
 * piece is a capitalised word and the piece before the cut is more than a surname's prefix.
 */
function unglueWords(line: string): string {
  return line.replace(/\b\p{Lu}[\p{L}'’]*\p{Ll}\p{Lu}[\p{L}'’]*/gu, (word) => {
    const pieces = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
    if (pieces.some((p) => !/^\p{Lu}[\p{Ll}'’]+$/u.test(p))) return word;
    let out = pieces[0]!;
    for (let k = 1; k < pieces.length; k++) {
      const before = pieces[k - 1]!;
      out += PREFIX.test(before) || before.length < 3 ? pieces[k] : ` ${pieces[k]}`;
    }
    return out;
  });
}

export interface Parsed extends RawAttendee {
  readonly suffix: string;
}

/**
 * "Hartlepool Pauline Beall (PB)": where the initials in brackets fit only the last words of a
 * longer run, the name is those words; the word before is the end of the last row.
 */
export function trimToInitials(span: NameSpan, after: string): NameSpan {
  const m = /^\s*\(([A-Z][A-Za-z']{1,4})\)/.exec(after);
  const words = span.name.split(' ');
  if (!m || words.length < 3 || initialsOf(span.name) === m[1]!.replace(/[a-z']/g, '')) return span;
  for (let k = 1; k <= words.length - 2; k++) {
    const rest = words.slice(k).join(' ');
    if (initialsOf(rest) === m[1]!.replace(/[a-z']/g, ''))
      return { name: rest, start: span.end - rest.length, end: span.end };
  }
  return span;
}

// "Councillors Boag, Browne and Taylor", "Cllrs Fay Moon, Gill Stewart", "Commissioners (2)
// McGonigal, Hoard": one plural title over a list of surnames or names.
// "Messrs Lee, Reid and Moss", "Mesdames Hart and Cole": the plural courtesy titles too; "Crs"
// is the councillors of Australian and New Zealand minutes.
export const PLURAL_TITLE =
  /\b(?:Messrs|Mesdames|Cllrs|Crs|Councillors|Councilors|Councilmembers|Council Members|Commissioners|Aldermen|Trustees|Governors|Directors)\.?[;:,]?\s+(?:\(\d+\)\s*)?/;

export const SURNAME_SHAPE = /^(?:Mc|Mac|O'|D')?[A-Z][a-z'-]+(?:[A-Z][a-z]+)?$/;

/**
 * Small repairs before a line is read: "PresentMurray Simpson" (the heading's colon lost in
 * export), "G. Jones*" and "Anne Dale†" (a footnote's mark: a director, a voting member), "M.Rees"
 * (an initial with no space after it), "(JBai)Brenda Lyons" (a bracket closing one person and
 * the next glued on).
 */
export function tidied(line: string): string {
  return (
    line
      .replace(
        /^(Present|PRESENT|Apologies|APOLOGIES|Attendees|Absent|Regrets)(?=\p{Lu}\p{Ll})/u,
        '$1: ',
      )
      .replace(/(?<=\p{L})[*†‡]+(?=[\s,;/|)]|$)/gu, '')
      // "June Bailey (Chair) (JBai)Brenda Lyons (BL)": two cells of a row run together.
      .replace(/\)(?=\p{Lu}\p{Ll})/gu, '), ')
      .replace(/(?<=(?:^|[\s/,(])\p{Lu})\.(?=\p{Lu}\p{Ll})/gu, '. ')
      // "J Turnbull andA Willis": the space after a list's last "and" lost in export.
      .replace(/(?<=[\s,])and(?=\p{Lu}(?:\s|\.\s?)\p{Lu}\p{Ll})/gu, 'and ')
  );
}
