/**
 * Those present named in a sentence after the roll call, as US councils and boards write it
 * ("City Attorney Erich Hartmann was also present.", "Also present were Village Attorney Sam
 * Ortiz and Clerk Lena Brandt."), and as UK parish clerks write it after the councillors ("County
 * Councillor Ann Dale was in attendance with 9 members of the public.", "Also in attendance for
 * part of the meeting was Mrs Jen Hale"): the sentence is rewritten as an "Also present:" list,
 * so the readers of run-together lists see a heading and its names.
 */

// A capitalised word (a role word or a name, "Dr.", "O’Neil") or a joining word inside the list.
const LIST_WORD = String.raw`(?:\p{Lu}[\p{L}.'’-]*|and|&|of|the)`;
// "Two Residents were present.", "Several Members were in attendance": a count, not a name.
const NOT_A_COUNT = String.raw`(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Some|Many|Both|All|No|A|An|\d+)\b)`;
// "... was in attendance with 14 members of the public", "... for part of the meeting": what
// follows the verb says how long or with whom, and names nobody the list should take.
const QUALIFIER = String.raw`(?:\s+(?:with|for|during|until|from)\b[^.;]*)?`;
// "... p.m.  City Clerk Dana Whitfield and Finance Director Paula Geary were also present."
const WAS_ALSO_PRESENT = new RegExp(
  String.raw`(^|[.;]\s+)${NOT_A_COUNT}(\p{Lu}[\p{L}.'’-]*(?:,?\s+${LIST_WORD}){1,15}?)\s+(?:was|were)\s+(?:also\s+)?(?:present|in attendance)\b${QUALIFIER}(?=\s*[.;]|\s*$)\.?`,
  'gu',
);
// "Mayor Roe called the meeting to order at 6:49 p.m.", "Mayor Doyle opens the meeting at 7:00
// P.M.": the chair's opening sentence, which may
// share the roll call's line, names nobody's attendance the list does not.
// Not the full stop of a title: "Chairman Rev. Tony Bushell opened the meeting ..." is one sentence.
const CALLED_TO_ORDER =
  /(^|(?<!\b(?:Rev|Revd|Dr|Mr|Mrs|Ms|Cllr|Prof|Fr|St))[.;]\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:called the (?:meeting|session) to order|open(?:s|ed) the (?:meeting|session))\b.*?(?:\b[aApP]\.[mM]\.|[^.\s]\.)(?=\s|$)\s*/gu;
// "Trustees present were Ruth Gale, Dan Ochs and Kim Vance.": the same, for the members.
const MEMBERS_PRESENT_WERE =
  /\b(?:Board |Committee |Council )?(?:Members|Trustees|Councillors|Councilors|Commissioners|Directors|Governors) present (?:were|was)\b:?/g;
// "Those in attendance were Ann Lee, Treasurer Bo Hart and ...", "Those present were ...",
// "Members in attendance were ...": a club's or a volunteer group's report names everyone present
// in one sentence of its opening paragraph; the verb stands where the colon would. Only a name
// after it: "Those present were reminded that ..." is the body's prose.
const THOSE_PRESENT_WERE =
  /\b(?:Those|Members|People|Persons) (?:present|in attendance|attending) (?:were|was|included):?(?=\s+\p{Lu})/gu;
// "Also present were ...", "Also in attendance was ...", "Also present are ..." (minutes told in
// the present tense): the verb stands where the colon would.
// "Also in attendance for part of the meeting was ...", "Also present for items 4 and 5 were ...":
// the part of the meeting they stayed for stands between the heading and its verb.
const FOR_PART = String.raw`(?:\s+for\s+(?:part of the meeting|(?:the\s+)?items?\s+[\w.]+(?:\s*(?:,|and|&|-|to)\s*[\w.]+)*))?`;
const ALSO_PRESENT_WERE = new RegExp(
  String.raw`\b(Also (?:present|in attendance))${FOR_PART},? (?:were|was|are|is)\b:?`,
  'gi',
);

// "Roll call: Trustee Reeves aye, Trustee Biscan aye and Trustee Doyle here.": each member's
// answer to the call, after the surname, says they are there; it is not part of the name.
const ROLL_CALL = /\b(Roll [Cc]all|ROLL CALL)\s*:\s*([^.;]*)/g;
const ROLL_ANSWER = /\s+(?:aye|here|present|yes)\b(?=\s*(?:,|&|\band\b|$))/gi;

const withoutRollCallAnswers = (line: string): string =>
  line.replace(
    ROLL_CALL,
    (_, heading: string, list: string) => `${heading}: ${list.replace(ROLL_ANSWER, '')}`,
  );

export function withAttendanceSentencesAsLists(lines: readonly string[], limit: number): string[] {
  return lines.map((line, i) =>
    i >= limit
      ? line
      : withoutRollCallAnswers(line)
          .replace(CALLED_TO_ORDER, '$1')
          .replace(WAS_ALSO_PRESENT, '$1Also present: $2.')
          .replace(ALSO_PRESENT_WERE, (_, heading: string) => `${heading}:`)
          // Written as the heading a run-on line is cut at; the title says no more than that.
          .replace(MEMBERS_PRESENT_WERE, 'Present:')
          .replace(THOSE_PRESENT_WERE, 'Present:'),
  );
}
