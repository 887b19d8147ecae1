/**
 * Commitments the minutes imply without writing ACTION: "It was agreed that X would ...",
 * "MOPAC officers will ...", "Key deliverables:", "the proposal ... for the Commissioning Group
 * to: 4.23.1 ...", "... needed to be formalised", "The next steps were to ...". Offered apart
 * from the explicit actions, for the secretariat to accept one by one.
 */
import { looksLikeAction, markedOwner, reportsStatusAbove } from './actions.ts';
import { findNames, isNameToken } from './names.ts';
import type { Found } from './found.ts';
import { capitalise, ownerList, ownerToken, type OwnerToken } from './owners.ts';
import { isHeading, lineRuns, type Paragraph } from './sections.ts';
import { squash } from './text.ts';

// Where a run of text is cut into sentences (as sections.ts does for explicit actions); also
// before an item numbered inline in a run-on paragraph ("... to the landlord. 2 SH reported").
// Not after a single initial ("E. Murphy to speak with J. Ansell and P. Kelly about ..."): the
// full stop is the initial's, and the sentence runs on past it, when a surname follows (not
// "... in block C. CM to write ...", "... Plan B. The group ...").
// Also before a dash bullet run into the paragraph ("... for events. - Agreed: Draft ...").
const SENTENCE =
  /(?<=[.!?])(?<!(?:^|[\s(])[A-Z]\.(?=\s+(?!(?:The|This|That|These|Those|It|Its|An?|He|She|They|We|There|In|On|At|All|No|Any|Some|Each|If|As|For|Following|After|Before|Members|Action)\b)[A-Z][a-z]))\s+(?=[A-Z(]|\d{1,2}\s+[A-Z]|(?:[-–•]\s+)+[A-Z])/;
const DASH_ITEM = /^(?:[-–•]\s+)+(?=[A-Z])/;
// "Veronika to clarify the figures. DONE", "... by May. Completed": the status is a sentence of its
// own after the row's action, which it closes.
// In capitals the next row may run on after it ("... year). DONE Simon to check ...").
const STATUS_SENTENCE =
  /^(?:(?:DONE|COMPLETED?|CLOSED)\b|(?:Done|Completed?|Closed)(?:\s+[A-Z\d]{1,4})?(?:[.!]|\s*$))/;
// "AP. P. Kelly to submit the plan. - COMPLETED AP. T. Kelly to ...": a status after a dash closes
// the row though the next row's marker or text runs on after it.
const CLOSED_AFTER_DASH =
  /\s[-–—]\s*(?:(?:COMPLETED?|DONE|CLOSED)\b|(?:Completed?|Done|Closed)(?:\s+[A-Z\d]{1,4})?\.?$)/;
const INLINE_ITEM = /^\d{1,2}\s+(?=[A-Z])/;
// "will eventually reach out", "was also following up": the adverb says nothing about who or what.
const ADVERB =
  /\b(will|would|to|is|was|are|were)\s+(?:also|now|then|eventually|shortly|soon|further|personally|additionally)\s+(?=[a-z])/g;
// "Priya kindly agreed to ...": the courtesy is not part of the subject.
const KINDLY =
  /(?<=\S)\s+(?:kindly|also|duly|readily|generously|subsequently)(?=\s+(?:agreed|offered|undertook|volunteered)\s+to\b)/g;
// A commitment that hangs on a condition or is asked as a question is not one yet.
const CONDITIONAL =
  /^(?:If|Unless|Should|Provided|Assuming|Once|When|Where|Whether|In the event)\b|\?\s*$/;
// "... – The Clerk would reply", "Booking form—Wendy will ask ...", "... and Priya will ask ...":
// a commitment with its own subject after a dash or "and", cut from the clause before it; also
// after a sentence run on without its full stop ("... directors availability Adam will ...").
// "... and JO apologised and said she would send it out": a person speaking for themselves.
// "... but the Deputy Head of Democratic Services reported that she would check ...": an office
// speaking for itself, its title with "of" in it.
const SAYS_SHE_WOULD = String.raw`(?:[a-z]+ed\s+and\s+)?(?:said|confirmed|reported|indicated|advised|added|stated)\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will)`;
const CLAUSE_BREAK = new RegExp(
  String.raw`(?<=(?:^|\s)(?!(?:by|from|to|with|for|of|and|or|than|that|the|an|at|on|in|as|if|when)\b)[a-z]{3,})\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:will|agreed to|undertook to|offered to)\s)|\s+[–—-]\s+|(?<=[a-z])[—–](?=[A-Z])|,?\s+(?:and|but|although|though|while|whereas)\s+(?=(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'\u2019-]*){0,3}\s+(?:will|would|agreed to|undertook to|offered to|(?:was|were) asked to|${SAYS_SHE_WOULD})\b)`,
);
// "Tom raised ..., arranged a survey and will report to the board": the sentence's subject
// commits in its last clause. Not after a report of what was said, where "and would need
// repair" is the roof's, not the speaker's.
const AND_WILL =
  /^(.*?\S)\s+(?:and|but)\s+(?:(?:he|she)\s+)?(?:will|would)\s+(?!be\b|have\b|not\b|need\b|like\b|cost\b|mean\b|require\b|take\b|allow\b|help\b|make\b|affect\b|impact\b)([a-z]+\b.+)$/;
const REPORTED =
  /\b(?:said|says|reported|noted|explained|confirmed|advised|stated|felt|thought|believed|informed|told|suggested|commented|mentioned|highlighted|indicated|added|announced|warned|understood|considered|that)\b/;

const GROUP_WILL =
  /^((?:The\s+)?(?:[A-Z][\w&'-]*\s+){0,3}(?:officers|team|secretariat|partners|Officers|Secretariat|Partners))\s+(?:will|would|are to|agreed to|undertook to|(?:was|were) asked to)\s+(.+)$/;
// "would" only for a doing verb: "would bring it back", not "would welcome", "would have" or a
// stance ("would vote against"); "will" not for a state ("will be away") or a refusal.
const PERSON_AGREED =
  /^(.{2,40}?)\s+(?:agreed to|undertook to|offered to|volunteered to|plans to|intends to|will(?!\s+(?:not\b|be\b(?!\s+(?:responsible\b|in\s+(?:contact|touch)\s+with\b))|need\b(?!\s+to\b)|require\b|cost\b))|would(?!\s+(?:be|become|have|like|not|welcome|prefer|need|also|appreciate|expect|hope|wish|support|favour|seem|appear|vote|agree|disagree|accept|object|oppose|want|love|think|feel|suggest|argue|recommend|benefit|remain|mean|cost|require|depend)\b)|(?:would|will) be asked to|(?:was|were) (?:asked|requested|tasked|instructed|directed) to|took (?:an|the) action to|(?:has|have) (?:agreed|offered|volunteered|undertaken) to|(?:is|are) going to(?!\s+be\b)|(?:is|are) to(?!\s+be\b))\s+(.+)$/;
// "Jen agreed to the proposal", "Tomas agreed to this": consent to a thing, not a verb to do.
const NOT_A_VERB =
  /^(?:the|a|an|this|that|these|those|it|its|his|her|their|all|any|some|each|such|our|my|your|what|which|whatever|him|them|us|me)\b|^[A-Z\d]/;

/** A person's or an office's "agreed to / will ..." with a verb after it. */
function personAgreed(s: string): RegExpExecArray | null {
  const m = PERSON_AGREED.exec(s);
  return m && !NOT_A_VERB.test(m[2]!) ? m : null;
}

// "It was agreed that [with effect from May,] X would ...": a clause may come before the subject;
// "It was decided that ...", "Governors agreed that ...": the same, by other words or bodies; a
// lone name before a comma is the first of a list ("that Tomas, Jen and Ravi would"), not a clause;
// "It was agreed the Clerk would ...": "that" left out. "... that the Secretary should be in
// contact with the council's leaders": being in touch is a thing to do, not a state.
const AGREED_THAT =
  /\b(?:it was (?:agreed|decided)|the (?:board|group|committee|panel|meeting) (?:agreed|decided)|(?:members|governors|trustees|directors) (?:agreed|decided)|we (?:agreed|decided))\s+(?:that,?\s+(?:(?![A-Z][\w'\u2019-]*,)[^,]{3,60},\s+)?(.{2,60}?)\s+(?:would|will|should|is to|are to|to)|(?!to\b)(.{2,60}?)\s+(?:would|will|should))\s+(?!be\b(?!\s+in\s+(?:contact|touch)\s+with\b))(.+)$/i;
// "It was resolved that the Clerk would write ...": a person's or an office's commitment inside a
// resolution; "RESOLVED that the Council will adopt ..." is the body's decision, not a commitment.
// "... was received on 22 June and it was resolved that Cllr A would ...": also after "and".
const RESOLVED_THAT =
  /(?:^|,?\s+and\s+)(?:it was\s+)?resolved\s*(?:[:\-–]\s*)?that\s+(.{2,60}?)\s+(?:would|will|should|is to|are to)\s+(?!be\b)(.+)$/i;
// "Agreed to publish it and for Noel to amend it", "It was agreed for the Clerk to write ...".
const AGREED_FOR =
  /\b(?:[Aa]greed|[Dd]ecided)\b[^.;]*?\bfor\s+((?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'\u2019-]*){0,3})\s+to\s+(?!be\b)([a-z]+\b.+)$/;
// "The Panel asked that the Commissioner provide ...", "requested that JS should circulate ...".
const ASKED_THAT =
  /\b(?:asked|requested|proposed|recommended) that\s+(.{2,40}?)\s+(?:should\s+|would\s+)?(?!be\b|not\b)([a-z]+\b.+)$/;
// "... – agreed by the group to produce a draft survey".
const AGREED_BY = /\bagreed by\s+(.{2,40}?)\s+to\s+(?!be\b)([a-z]+\b.+)$/i;
// "The PCC noted she would provide ...", "PC Wylie said that he would investigate ...".
// "JO apologised and said she would ...": another verb may come first.
// "The chair added that he would follow up ...", "BH replied that he would send ...".
const SAID_WOULD =
  /^(.{2,40}?)\s+(?:[a-z]+ed\s+and\s+)?(?:said|noted|reported|confirmed|indicated|advised|agreed|stated|added|replied|responded|explained|promised)\s+(?:that\s+)?(?:he|she|they)\s+(?:would|will|could)\s+(?!be\b|have\b|like\b|not\b)([a-z]+\b.+)$/;
// "... but the Chief Constable assured him that plans were on track and promised an update by
// April", "Dr Lee promised to circulate the figures": a person's or an office's promise, after
// what they said in the same sentence; a promise of a thing is to provide it.
const PROMISED =
  /\b((?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3})\s+(?:[a-z]+ed\b(?:(?!\b(?:and|but|while|whereas)\b)[^.;]){0,200}?\s+and\s+)?promised\s+(?:to\s+(?!be\b)([a-z]+\b.+)|((?:an?|further|more)\s+(?:[a-z]+\s+)?(?:update|report|briefing|response|reply|note|paper|summary|details|information|figures|breakdown)\b.*))$/;
const NEEDED =
  /^(?:.*?\bthat\s+)?(.{10,200}?\b(?:needs|needed) to be [a-z]+ed\s+(?:after|before|by|no later than|in time for|at the next)\b[^.;]*?)(?:\s+and that\b.*)?[.;]?$/i;
// "They asked Mike to work with Dan ...", "The Panel requested the Clerk to ...".
// Searched, not anchored, so a long sentence is not tried at every length of its prefix.
const ASKED_TO = /\b(?:asked|requested|invited|tasked)\s+(.{2,40}?)\s+to\s+(?!be\b)([a-z]+\b.+)$/;
// "Clerk to write to the Chief Executive ..." at the start of a sentence. After a dash
// ("Welcome Packs – RM to distribute ...") it is usually an action list's row, not a commitment.
// "TR & JO to ...", "ML,BH & RS to ...": several owners, joined by commas and ampersands.
// "SK – to clarify the data": a speaker's initials, a dash, then what they are to do.
const BARE_TO = /^([A-Z][\w.' /,&]{1,40}?)(?:\s+[-–—])?\s+to\s+(?!be\b|the\b|a\b)([a-z]+\b.+)$/;
// ... and after a clause of prose: "Waiting for a date, SD / GW to attend ...", "awaiting
// confirmation from the YJB – MB to consider ...". A short title before a dash is not prose.
// A status before a comma may be short ("Not sent yet, DP to send ..."); a title before a dash not.
const CLAUSE_TO = /^(.*?[\w)])(\s*,|\s+[-–—])\s+([A-Z].*)$/;
// A title: a few words from a capital, no verb of a sentence ("Car park", "Welcome Packs").
const TITLE =
  /^(?!.*\b(?:is|are|was|were|has|have|had|will|would|to|be|been)\b)[A-Z][\w&'\u2019/ -]{1,40}$/;
// A change of office ("will take over as Chair", "would stand down") is news, not a task; so is
// taking one on ("volunteered to be a director", "agreed to stand as vice chair"), though a duty
// is not ("agreed to be responsible for the rota").
// Ongoing work, an agenda's line or an action-log row with its status cell: not a commitment.
// Leaving the room for an item ("was asked to leave the meeting") is procedure, not a task; so is
// staying ("BG to remain in attendance awaiting his nomination").
const NOT_COMMITMENT =
  /\b(?:leave|withdraw from) the (?:room|meeting|chamber)\b|\b(?:remain|stay)\s+(?:in attendance|in the (?:room|meeting|chamber)|for (?:this|the) item)\b|\bwill be [a-z]+ing\b|\((?:copy )?(?:attached|enclosed|to follow)\)|\bon this item\b|\bat (?:this|today'?s) meeting\b|\b(?:will|would)\s+(?:retire|step down|stand down|take over as|remain as|continue as)\b|[-–—]\s*(?:on ?going|in progress|completed?)\.?$|[.,;]\s*(?:done|closed|completed?)\.?$|\b(?:agreed|offered|volunteered|undertook)\s+to\s+(?:be\b(?!\s+responsible\b)|become\b|stand\s+(?:as|for)\b|serve\s+(?:as|on)\b|remain\s+as\b|continue\s+as\b|(?:transfer|move|switch)\s+(?:from|to)\s+the\s+[A-Z]|join\s+the\s+(?:[A-Z][\w&-]*\s+){0,3}(?:Committee|Board|Panel|Group|Sub-?[Cc]ommittee)\b)/i;
// A standing duty with no task of its own: "RB to assist where appropriate", "Tom will help as and
// when required" (a role's line in a list of roles), not "Tom will send the plan as required".
const STANDING_DUTY =
  /\b(?:assist|help|support|advise|contribute|deputi[sz]e|step in|cover)(?:\s+(?:out|in))?\s+(?:where|when|as and when|as|if)\s+(?:appropriate|required|needed|necessary|possible|requested|available)\.?$/i;
// A sentence cut off where the excerpt ends ("MP intends to have a full review o", "Tom will send
// the"): no full stop, and its last word a fragment or a word that cannot end one.
const CUT_OFF =
  /\s(?:(?!(?:a|I|to|of|in|on|up|it|me|us|by|at|as|so|no|go|do|be|we|he|or|an|is|if|my|am|ok)$)[a-z]{1,2}|the|an?|to|of|and|or|with|for|from|by|at|that|his|her|their|its)$/;
// A proposal or an offer the meeting did not take up: "Tom proposed that Priya would lead it.
// This was not agreed.", "Mike offered to paint the hall but the offer was declined", "...; the
// proposal was not seconded". In the sentence itself or the one after it.
const NOT_TAKEN = String.raw`(?:(?:was|were)\s+(?:not\s+(?:agreed|accepted|supported|seconded|carried|approved|taken up)|rejected|declined|defeated|withdrawn|lost|turned down)|did not (?:agree|support|accept|find favour))\b`;
const NOT_TAKEN_UP = new RegExp(
  String.raw`(?:^|[;,]\s*|\b(?:but|and)\s+)(?:this|it|the\s+(?:proposal|offer|suggestion|motion|idea|request)|members|the\s+(?:group|committee|board|meeting|panel))\s+${NOT_TAKEN}`,
  'i',
);
// A list item closed by a status sentence or a status glued on at its end.
const CLOSED_ITEM =
  /(?:[.;,]\s*(?:[Dd]one|[Cc]losed|[Cc]ompleted?)|(?<=[.;,]|[a-z]\s)\s*(?:DONE|COMPLETED?|CLOSED)|(?<=[a-z])\s+(?:Done|Completed?|Closed))\.?$/;
// "Clerk Ongoing BT have ...": the status cell of an action-log row.
const STATUS_CELL = /\b(?:In [Pp]rogress|On ?going|Ongoing)\b/;
// A police rank or title before a surname: "PC Arnold", "Inspector Hale", "Cllr Dunn".
const RANKED =
  /^(?:PC|PCSO|DC|DS|Sgt|Insp|Inspector|Ch\.? Insp|Chief Inspector|Supt|Superintendent|Ch\.? Supt|Chief Superintendent|Cllr|[Cc]llr|Councillor|[Cc]oun|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?$/;
// An office by its initials: the Police and Crime Commissioner, a Director of Children's Services,
// a chief executive or finance officer; not a body's ("The CCG", "The LSCB").
const ROLE_INITIALS = String.raw`(?:PCC|DPCC|DCS|DASS|DPH|CEO|CFO|COO|SRO)`;
// An office in capitals: "The Practice Manager", "the Deputy Head of Democratic Services", a
// school's ("The Head Teacher", "The Bursar") or a council's ("The Leader").
// ... or without "the", as notes write them: "Fire Chief to ...", "Deputy Clerk will ...",
// "... by Committee Secretary".
const OFFICE_BARE = String.raw`(?:(?:Fire|Deputy|Assistant|Police|Town|Parish|Executive|Finance|Committee|Club|Company|Board|National|General|Membership|Minutes)\s+){0,2}(?:Chief|Clerk|Treasurer|Secretary)`;
const OFFICE_WRITTEN = new RegExp(
  String.raw`^(?:[Tt]he\s+)(?:(?:[A-Z][\w-]*\s+){0,3}(?:Manager|Officer|Director|Head|Clerk|Chair|Chairman|Coordinator|Co-ordinator|Lead|Secretary|Treasurer|Administrator|Commissioner|Teacher|Headteacher|Principal|Headmaster|Headmistress|Bursar|Leader|Warden|Convenor|Convener|Executive|Engineer|Surveyor|Solicitor|Registrar|Councillor|Constable|Member|Holder|Chief)(?:\s+of\s+(?:[A-Z][\w&-]*\s*){1,4})?|clerk|secretary|treasurer|chair|chairman|chairperson|${ROLE_INITIALS})$|^${OFFICE_BARE}$`,
);
/** Offices named without "the", each of several ("Chief and Deputy Chief", "Clerk & Treasurer"). */
const isOffices = (written: string): boolean => {
  const parts = written.split(LIST_SEPARATOR).filter(Boolean);
  return parts.length >= 2 && parts.every((part) => OFFICE_WRITTEN.test(part));
};
// An office written before a person's name, without "the": "President Megan", "Club Secretary
// Christine", "Vice Chair Tom Reed".
const OFFICE_BEFORE_NAME =
  /^(?:(?:Club|Vice|Deputy|Assistant|Acting|Interim|Parish|Town|Membership|Honorary|Hon\.?)\s+)?(?:President|Vice[- ]President|VP|Secretary|Treasurer|Chair|Chairman|Chairperson|Clerk|Coordinator|Co-ordinator|Convenor|Registrar|Captain)\s+(?=[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?$)/;
// ... or one of a parish's offices in lower case: "the clerk agreed to ask ...".
// A plural office: "WG Chairs", "Service Leads".
const GROUP_WRITTEN =
  /^(?:[Tt]he\s+)?(?:[A-Z][\w&-]*\s+){1,3}(?:Chairs|Leads|Managers|Heads|Directors|Officers)$/;
// "representatives from each working group", "officers of the council": people by where they come from.
const GROUP_OF =
  /^(?:the\s+)?(?:representatives|reps|officers|members|staff|volunteers|trustees|directors)\s+(?:from|of)\s+(?:the\s+|each\s+|every\s+|all\s+)?[\w&'\u2019 -]{2,40}$/i;
// Who may be asked to do something and so take it on: staff of the body, not the public or an
// outside body ("asked the Government to reconsider", "asked residents to report ...").
const STAFF = /\b(?:officers?|staff|team|secretariat|clerks?)$/i;
const LIST_SEPARATOR = /\s*(?:,\s*and|,|&|\band\b)\s*/;
const CARRIED =
  /^(?:Actions?|Action points?)\s+(?:from|of|arising from)\s+(?:the\s+)?(?:last|previous|prior)\s+meeting\s*[:\-–]/i;
// "It was agreed that the Committee would ...": the body deciding, not one of its people; a named
// sub-body ("the Finance Committee") or a person still commits.
const THE_BODY =
  /^the\s+(?:whole\s+|full\s+)?(?:association|committee|council|board|society|club|group|panel|forum|partnership|trust|assembly|cabinet)$/i;
// "it was agreed that a full reply be sent after the meeting", "Members requested that a report
// be brought to the next meeting": a thing to be done by a time, its
// doer unnamed. Without the time ("that the policy be adopted") it is a decision.
// "... be brought back to the next meeting", "... be provided at the next meeting": due then.
const TIME_BOUND = String.raw`(?:(?:back\s+)?(?:to|at|for)\s+the\s+next\s+meeting\b|after|before|no later than|in time for|ahead of|within|by\s+(?:the\s+(?:end|start|middle|next)\b|end\b|next\b|mid|early|late|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))`;
// "that the next meeting be held after Easter", "that the item be deferred until after ...": a
// date set or a matter put off, not a task.
const NOT_A_TASK = String.raw`(?:held|noted|approved|accepted|adopted|received|closed|adjourned|deferred|postponed|cancelled|moved|rescheduled|suspended|left|kept)`;
const AGREED_DONE_BY = new RegExp(
  String.raw`\b(?:it was (?:agreed|requested)|(?:members|the (?:panel|board|committee|group)) (?:requested|asked)) that\s+((?:an?|the)\s+[^,;]{3,80}?)\s+(?:be|would be|should be|will be)\s+(?!${NOT_A_TASK}\b)([a-z]{3,}\s+${TIME_BOUND}.*)$`,
  'i',
);
// "..., then SH to sign it": a second person's part of the same task.
const THEN_TO =
  /,\s+then\s+(?=[A-Z][\w.'\u2019]*(?:\s+(?:and\s+)?[A-Z][\w.'\u2019]*){0,2}\s+to\s+[a-z])/;
// "Agreed: Draft audit template to be circulated by Committee Secretary by 1 September", "It was
// agreed that the letter would be sent by the Chair to the council": a thing to be done, its doer
// after "by". Not a date ("by September", "by Friday") nor a body ("by the Committee").
const WHEN_WORD = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Christmas|Easter|Spring|Summer|Autumn|Winter|Mid|End|Next|Early|Late|Close)\b`;
const PASSIVE_BY = new RegExp(
  String.raw`^(?:it was (?:agreed|decided) that\s+)?((?:an?\s+|the\s+)?[A-Za-z][^,;:]{2,60}?)\s+((?:is|are)?\s*to be|will be|would be|should be)\s+([a-z]{3,}(?:ed|en|t))\s+by\s+(?!${WHEN_WORD})((?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w.'\u2019-]*){0,3})(?=\s+(?:by|before|to|at|for|on|in|ahead|no later|within|after)\b|[.;]?\s*$)(.*)$`,
  'i',
);
const NEXT_STEPS = /\bthe next steps? (?:were|was|is|are) to\s+(.+)$/i;
const FOR_GROUP_TO = /\bfor\s+((?:the\s+)?[A-Z][\w&' -]{2,60}?)\s+to:$/;
const LEAD_LINE = /^(.{2,40}?)\s+((?:\(Interim lead\)|\(lead\)|Lead officer:|Lead:)\s*.+)$/i;

// "... and associated issues It may be useful ...": a sentence run on without its full stop,
// opened by a pronoun and a verb, is not part of the commitment.
const RUN_ON =
  /(?<=[a-z]{3})\s+(?:It|This|There|We|They)\s+(?:may|might|was|is|were|will|would|had|has|have|should|could|can)\b.*$/;
// "... repaint the lines. | Agenda item | | 3 | Beacon | ...": a table flattened with its cell
// separators; a commitment ends at its cell.
const NEXT_CELL = /\s+\|(?:\s|$).*$/;
// "IG will put this request to Bob. / IG": a table flattened with " / " between its cells ends
// the row with its owner cell (initials, "ALL"); the commitment ends before it.
// "... IG will put this request to Bob. / IG": a row of an Item / Notes / Action table
// flattened with " / " between its cells ends with its owner cell (initials, "ALL").
const OWNER_CELL = /[.!?]\s+\/\s+([A-Z]{2,4}|All)\.?$/;

// "... would undertake the interviews and following a good reference, the post would be offered":
// a condition for the next clause, with its own subject after the comma, ends the commitment.
const NEXT_CONDITION =
  /\s+and\s+(?:following|subject to|once|provided|upon|on receipt of|if|when)\b[^,]{3,80},\s+(?:the|a|an|it|this|they)\s.*$/;
const trimEnd = (s: string) =>
  squash(s)
    .replace(OWNER_CELL, '.')
    .replace(NEXT_CELL, '')
    .replace(NEXT_CONDITION, '')
    .replace(RUN_ON, '')
    .replace(/[\s.;]+$/, '') + '.';

/** Key deliverables belong to the strand named in the heading above, via the list of leads. */
function leads(paras: readonly Paragraph[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of paras) {
    const m = LEAD_LINE.exec(p.text);
    if (m && p.ref && findNames(m[2]!).length === 1) map.set(m[1]!.trim(), m[2]!.trim());
  }
  return map;
}

/**
 * "Nabeela Jaffer to send out the update" in the action list, "Nabeela will reach out ..." in the
 * notes: people the minutes name in full doing something or as a sentence's subject, by first
 * name, when only one has it.
 */
function namedActors(paras: readonly Paragraph[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const p of paras)
    for (const n of findNames(p.text)) {
      const parts = n.name.split(' ');
      const first = parts[0]!;
      if (parts.length < 2 || !ONE_NAME.test(first) || !isNameToken(first)) continue;
      // Doing something, or the subject of a sentence ("Kelechi Nnoham, Director of ... reported").
      const subject = /(?:^|[.!?]\s+)$/.test(p.text.slice(0, n.start));
      if (!subject && !ACTS.test(p.text.slice(n.end))) continue;
      seen.set(first, (seen.get(first) ?? new Set()).add(n.name));
    }
  const out = new Map<string, string>();
  for (const [first, names] of seen) if (names.size === 1) out.set(first, [...names][0]!);
  return out;
}
const ACTS = /^\s+(?:to|will|would|agreed to|undertook to|offered to)\s+(?!be\b)[a-z]/;

const acronym = (s: string) =>
  s
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

function leadFor(heading: string | undefined, map: Map<string, string>): string | undefined {
  if (!heading) return undefined;
  for (const [topic, lead] of map) {
    const t = topic.toLowerCase();
    const h = heading.toLowerCase();
    if (t === h || h.startsWith(t) || acronym(heading) === topic) return lead;
  }
  return undefined;
}

// A subject that is one capitalised word: an attendee's first name or surname ("Gareth will").
const ONE_NAME = /^[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?$/;
// A person at the head of a sentence, for a "He will ..." or "She agreed to ..." that follows.
const LEADING_PERSON =
  /^(?:(?:Yesterday|Today|Earlier|Later|Since then|Subsequently|Previously|Recently|Meanwhile),?\s+)?((?:(?:Cllr|Councillor|Coun|Mr|Mrs|Ms|Dr|PC)\.?\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\s+(?=[a-z])/;
const PRONOUN_COMMITS =
  /^(?:He|She)\s+(?=(?:will|agreed to|undertook to|offered to|volunteered to|would|(?:is|was)\s+(?:following up|looking into|chasing|pursuing|investigating|liaising with))\b)/;
// "He was also following up the repair ...": work a person has in hand and has still to finish.
const IN_HAND =
  /^(.{2,40}?)\s+(?:is|was|are|were)\s+(following up|looking into|chasing|pursuing|investigating|liaising with)\s+(?!(?:it|this)\.?$)(.+)$/;
const BASE: Record<string, string> = {
  'following up': 'follow up',
  'looking into': 'look into',
  chasing: 'chase',
  pursuing: 'pursue',
  investigating: 'investigate',
  'liaising with': 'liaise with',
};

// "Trying to ...", "Agreed to ...", "Governors to ...", "Prior to ...": a participle, a plural or a
// phrase with "to" heads a sentence.
const NOT_A_FIRST_NAME =
  /(?:ing|ed|[^aeiou]s)$|^(?:Prior|Further|Subject|Due|Next|According|Thanks|Contrary|Welcome|Back|Reply|Response|Return|Owing|Pursuant|Regard|Relation|Addition|Turning|Moving)$/;

/**
 * With no attendance list to check a first name against ("for Noel to amend ..."), one the
 * minutes also write mid-sentence ("with Marek and Odile") or more than once, and that is no
 * common word, participle, plural or opening of "Prior to", "Further to" ..., is taken for a
 * person.
 */
function unlistedName(word: string, body: string): boolean {
  if (!isNameToken(word) || NOT_A_FIRST_NAME.test(word)) return false;
  const count = (re: string) => body.match(new RegExp(re, 'g'))?.length ?? 0;
  // A common noun or verb is also written in lower case somewhere ("the newsletter"); a name not.
  if (count(String.raw`\b${word.toLowerCase()}\b`) > 0) return false;
  return count(String.raw`[a-z,][ \t]+${word}\b`) > 0 || count(String.raw`\b${word}\b`) > 1;
}

// "Jump to navigation Jump to search", "Skip to main content": a web page's links kept with
// the minutes copied from it, not "Jump" to do something.
const PAGE_CHROME =
  /^(?:Jump|Skip|Go|Back|Return)\s+to\s+(?:the\s+)?(?:navigation|search|(?:main\s+)?content|top|menu|page)\b/i;

/** A run's sentences, each with its index and the sentence after it. */
function sentencesOf(run: string): [number, string, string | undefined][] {
  const all = run.split(SENTENCE);
  return all.map((sentence, j) => [j, sentence, all[j + 1]]);
}

/** Who a subject names; `firstNames`: a first name alone is sure enough ("asked Mike to"). */
type Owner = (written: string, firstNames?: boolean) => OwnerToken[];

/**
 * `forenames`: the attendees' first names, so that "Jackie will forward ..." names Jackie when
 * she is in the attendance list; a first name nobody attending has is not taken for a person.
 */
export function suggestions(
  paras: readonly Paragraph[],
  surnames: ReadonlySet<string>,
  forenames: ReadonlySet<string> = new Set(),
): Found[] {
  const out: Found[] = [];
  const leadMap = leads(paras);
  let heading: string | undefined;
  const actors = namedActors(paras);
  const unlisted = forenames.size === 0 && surnames.size === 0;
  const body = unlisted ? paras.map((q) => q.text).join('\n') : '';
  // Only in running prose: a list's "Michelle to call ..." rows are actions, not suggestions.
  let prose = false;
  const firstName = (bare: string): OwnerToken | undefined => {
    if (!ONE_NAME.test(bare) || surnames.has(bare.toLowerCase())) return undefined;
    if (forenames.has(bare.toLowerCase())) return { kind: 'name', written: bare, name: bare };
    const full = actors.get(bare);
    if (full) return { kind: 'name', written: bare, name: full };
    return unlisted && prose && unlistedName(bare, body)
      ? { kind: 'name', written: bare, name: bare }
      : undefined;
  };
  const owner: Owner = (written, firstNames = false) => {
    const bare = written.trim();
    const one = firstName(bare);
    if (one) return [one];
    // "Cllrs Lewis and Shah": the plural title is each one's.
    const titled = /^(?:Cllrs|Councillors)\.?\s+(.+)$/.exec(bare);
    if (titled) {
      const each = titled[1]!
        .split(LIST_SEPARATOR)
        .map((item) => ownerToken(`Cllr ${item}`, surnames));
      return each.length > 1 && each.every((t) => t && t.kind !== 'group')
        ? (each as OwnerToken[])
        : [];
    }
    const listed = ownerList(written, surnames, { firstNames });
    if (listed) return listed;
    // "Tom and Priya", "Wendy and Suzanne": first names together, one at least an attendee's;
    // one nobody attending has is kept as written, to be confirmed.
    const items = bare.split(LIST_SEPARATOR);
    if (items.length < 2 || !items.every((item) => ONE_NAME.test(item) && isNameToken(item)))
      return [];
    const tokens = items.map(
      (item) =>
        firstName(item) ??
        ownerToken(item, surnames) ?? { kind: 'name' as const, written: item, name: item },
    );
    const known = tokens.some((t) => t.kind !== 'name' || firstName(t.written));
    return known ? tokens : [];
  };
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    prose = !p.bullet;
    if (looksLikeAction(p.text, p.ref)) continue;
    // "2. JB to renew the domain. Done.": a closed item of an action list, no commitment.
    if ((p.bullet || p.ref) && CLOSED_ITEM.test(p.text)) continue;
    // "JS to send the thanks." then "ACTION: JS Done": an action's text, open or closed, not a
    // commitment to offer again.
    if (reportsStatusAbove(paras[i + 1]?.text ?? '', surnames)) continue;
    if (isHeading(p) && !/:$/.test(p.text)) heading = p.text;
    if (/^key deliverables:?$/i.test(p.text)) {
      const items: string[] = [];
      while (i + 1 < paras.length && (paras[i + 1]!.bullet || /^To\s/.test(paras[i + 1]!.text))) {
        i++;
        items.push(
          ...paras[i]!.text.split(/;\s*(?:to\s+)?/).map((s) =>
            capitalise(s.replace(/^(?:The\s+)?To\s+/i, '').replace(/^the\s+/i, (m) => m)),
          ),
        );
      }
      if (!items.length) continue;
      const lead = leadFor(heading, leadMap);
      const leadName = lead ? findNames(lead)[0]?.name : undefined;
      out.push({
        kind: 'suggested',
        ref: heading ? `${heading} key deliverables` : null,
        text: items.map((s) => s.replace(/[.\s]+$/, '')).join('; ') + '.',
        ownersAsWritten: lead ?? null,
        owners: leadName ? [{ kind: 'name', written: lead!, name: leadName }] : [],
        confidence: 0.5,
      });
      continue;
    }
    const forGroup = FOR_GROUP_TO.exec(p.text);
    if (forGroup && p.ref) {
      const items: string[] = [];
      while (i + 1 < paras.length && paras[i + 1]!.ref?.startsWith(`${p.ref}.`)) {
        i++;
        items.push(paras[i]!.text.replace(/[.\s]+$/, ''));
      }
      if (items.length) {
        const written = forGroup[1]!.trim();
        out.push({
          kind: 'suggested',
          ref: p.ref,
          text: items.join('; ') + '.',
          ownersAsWritten: written,
          owners: owner(written),
          confidence: 0.5,
        });
        continue;
      }
    }
    // A status cell in the paragraph: a flattened action-log row, not a commitment.
    if (STATUS_CELL.test(p.text)) continue;
    // "Actions from last meeting: SS to discuss ... SM to liaise ...": earlier actions, reviewed.
    if (CARRIED.test(p.text)) continue;
    let lastPerson: string | undefined;
    let previous = '';
    // The last sentence that says something, past short remarks ("All voted yes.").
    let said = '';
    const runs = lineRuns(p.text, p.lines);
    const start = out.length;
    const cells = new Set((p.lines ?? [p.text]).flatMap((l) => OWNER_CELL.exec(l)?.[1] ?? []));
    // The row's own action, which its owner cell gives to an explicit action.
    const cellAction = (found: Found): boolean =>
      cells.has(found.ownersAsWritten ?? '') ||
      ((cells.has('ALL') || cells.has('All')) &&
        found.owners.length > 0 &&
        found.owners.every((t) => t.kind === 'group'));
    for (const [k, run] of runs.entries())
      for (const [j, sentence, next] of sentencesOf(run)) {
        // "Parking review" / "Gareth to write ...": under a title line, the item's own note. After a
        // line of prose left without its full stop, a bare "X to ..." is a row of a list that lost
        // its layout, an explicit action's form rather than a commitment in running text.
        const bareTo = !(k > 0 && j === 0 && runs[k - 1]!.split(' ').length > 6);
        const raw = sentence
          .replace(DASH_ITEM, '')
          .replace(INLINE_ITEM, '')
          .replace(ADVERB, '$1 ')
          .replace(KINDLY, '');
        // "Carlos volunteered. He will contact Tony.": the pronoun is the person just named;
        // with no person named just before, it is not suggested.
        const pronoun = PRONOUN_COMMITS.exec(raw);
        const s = pronoun && lastPerson ? `${lastPerson} ${raw.slice(pronoun[0].length)}` : raw;
        const context = pronoun && lastPerson ? previous : undefined;
        const prior = previous;
        const before = said;
        previous = raw;
        if (!aside(raw)) said = raw;
        const taken = suggestionTaken(prior, raw, p);
        if (taken) out.push(taken);
        const leading = LEADING_PERSON.exec(s)?.[1];
        // A short remark naming nobody ("No reply yet.") leaves the person named before in view.
        lastPerson =
          leading && subjectOf(leading, owner, 'people')
            ? leading
            : pronoun || aside(raw) || namesNobody(raw) || /^(?:He|She)\s/.test(raw)
              ? lastPerson
              : undefined;
        if (pronoun && s === raw) continue;
        // The row's action before its status sentence: closed, no commitment.
        if (STATUS_SENTENCE.test((next ?? '').replace(DASH_ITEM, ''))) continue;
        if (PAGE_CHROME.test(s)) continue;
        if (CONDITIONAL.test(s) || CUT_OFF.test(s)) continue;
        if (NOT_TAKEN_UP.test(s) || NOT_TAKEN_UP.test(next ?? '')) continue;
        const read = fromClauses(s, p, owner, bareTo);
        // "3. Finance Priya said she would ...": a flattened page runs the item's title into its
        // first sentence; past the title, only a person's or an office's commitment is read.
        if (!read.length && p.ref !== null && k === 0 && j === 0) {
          const titled = afterTitle(s, p, owner);
          if (titled) read.push(titled);
        }
        for (const found of read) {
          if (cellAction(found)) continue;
          // "PC Wylie said that he would investigate.": a bare verb does not say what is to be done.
          // "LB thinks that consent was obtained ... She will check and report.": what is to be
          // checked is in the sentence that names her, so a short commitment carries it.
          if (context && found.text.split(' ').length <= 4)
            out.push({ ...found, text: `${found.text.replace(/\.$/, '')}: ${trimEnd(context)}` });
          // "We agreed to hold it online. All voted yes. Jez will communicate it to users.": what
          // "it" is was said before.
          else if (
            (before || clauseHead(s, found)) &&
            found.text.split(' ').length <= 6 &&
            OBJECT_PRONOUN.test(found.text)
          )
            out.push({
              ...found,
              text: `${found.text.replace(/\.$/, '')}: ${trimEnd(clauseHead(s, found) ?? before)}`,
            });
          else if (found.text.split(' ').length >= 2) out.push(found);
          // "The fair on 6 July was mentioned. Cllrs A and B would attend.": a lone verb's object is
          // the sentence before it.
          else if (prior && s.startsWith(found.ownersAsWritten ?? '\0'))
            out.push({ ...found, text: `${found.text.replace(/\.$/, '')}: ${trimEnd(prior)}` });
        }
      }
    // "AT to continue investigations." then "ACTION: AT to report back": the line below records
    // the action, the sentence only leads up to it.
    const restated = markedOwner(paras[i + 1]?.text ?? '', surnames);
    for (let k = out.length - 1; restated && k >= start; k--)
      if (out[k]!.ownersAsWritten === restated) out.splice(k, 1);
  }
  return out;
}

// "JH suggested sharing the report with the members. The group agreed this would be a good
// idea.": a proposal the meeting took up, to be done, its doer not named.
const SUGGESTED_DOING = /^.{2,40}?\s+(?:suggested|proposed|recommended)\s+([a-z]{3,}ing\b.{10,})$/;
const MEETING_AGREED =
  /^(?:The\s+)?(?:group|board|committee|panel|forum|meeting|members|everyone|all)\s+(?:present\s+)?agreed\b(?!\s+(?:not|that\s+it\s+(?:was|would\s+be)\s+(?:not|too|un)))/i;

function suggestionTaken(prior: string, sentence: string, p: Paragraph): Found | undefined {
  const m = SUGGESTED_DOING.exec(prior);
  if (!m || !MEETING_AGREED.test(sentence)) return undefined;
  return {
    kind: 'suggested',
    ref: p.ref,
    text: capitalise(trimEnd(m[1]!)),
    ownersAsWritten: null,
    owners: [],
    confidence: 0.35,
  };
}

/** The sentence cut at each CLAUSE_BREAK that follows a clause of prose (not "Tom and Priya will"). */
function clauses(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of s.matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))) {
    const before = s.slice(from, m.index);
    if (!/\s[a-z]{3,}\b/.test(before)) continue;
    // "Tom reported that the hall was booked and Priya would collect the keys": still the report.
    // ... unless the clause is no report: "Janet was asked to write ...".
    const asked = new RegExp(
      String.raw`^\S+\s+(?:\S+\s+){0,3}(?:(?:was|were) asked to|${SAYS_SHE_WOULD})\b`,
    ).test(s.slice(m.index + m[0].length));
    if (/^,?\s+and\b/.test(m[0]) && REPORTED.test(before) && !asked) continue;
    out.push(before);
    from = m.index + m[0].length;
  }
  return [...out, s.slice(from)];
}

const OBJECT_PRONOUN = /\b(?:it|this|them|these)\b/;

// "Several lamps were broken.", "Problems exist with ...": a sentence whose subject is things (a
// determiner, or a plural with a plural verb) and with no capital past its first word names no
// one else, so a following "He" is still the person named before.
const THINGS_SUBJECT =
  /^(?:(?:A|An|The|This|That|These|Those|Some|Several|Many|Most|All|No|Both|Each|Two|Three|Four|It|There)\s|[A-Z][a-z]+[^s\W]s\s+(?:are|were|have|exist|remain|continue|need|seem|appear)\b)/;
const namesNobody = (sentence: string): boolean =>
  THINGS_SUBJECT.test(sentence) && !/\s[A-Z]/.test(sentence);

const aside = (sentence: string): boolean =>
  sentence.split(' ').length <= 6 && !/\s[A-Z]/.test(sentence) && !PRONOUN_COMMITS.test(sentence);

/** A sentence's commitments: one, or one each side of a dash or "and" that starts a new subject. */
function fromClauses(s: string, p: Paragraph, owner: Owner, bareTo: boolean): Found[] {
  const chained = s.split(THEN_TO);
  if (chained.length > 1) {
    const parts = chained.map((piece) => wholeSentence(piece, p, owner, bareTo));
    if (parts.every(Boolean)) return parts as Found[];
  }
  const pieces = clauses(s);
  // "4.Agree on the plan – Candy to prepare ...": a numbered list's row, read as an action.
  if (pieces.length > 1 && !/(?:^|[\s)])\d{1,2}\.\s?[A-Z][^.]*$/.test(pieces[0]!)) {
    const later = pieces.slice(1).map((piece) => fromSentence(piece, p, owner, true));
    if (later.some(Boolean))
      return [wholeSentence(pieces[0]!, p, owner, bareTo), ...later].filter((f): f is Found => !!f);
  }
  const found = wholeSentence(s, p, owner, bareTo) ?? sameSubject(s, p, owner);
  return found ? [found] : [];
}

const PROPOSAL_LABEL =
  /^(?:Suggestions?|Proposals?|Proposed|Recommendations?|Ideas?|Options?|Questions?)$/i;

function wholeSentence(s: string, p: Paragraph, owner: Owner, bareTo: boolean): Found | undefined {
  // "6. Street clean / Freshview; LB volunteered to ...", "Brush 40: The pump ...": the
  // commitment follows a topic and a semicolon or colon.
  const topic = /^([^;:]{3,80}?)[;:]\s+(?=[A-Z])(.+)$/.exec(s);
  // "Action from last meeting: Clerk to add ...": an earlier meeting's action, under review.
  const tail =
    topic && !/\b(?:from|of|at) (?:the )?(?:last|previous|prior) meeting\b/i.test(topic[1]!)
      ? topic[2]
      : undefined;
  // "Suggestion: The Secretary to keep the rolls", "Proposal: Tom will chair it": put forward,
  // not yet taken on.
  if (topic && PROPOSAL_LABEL.test(topic[1]!)) return undefined;
  // "Any Other Business - Peter will find the format": an item's title before a dash, then a
  // person's or an office's commitment.
  const titled = /^(?:\d{1,2}\.?\s+)?([A-Z][^–—-]{2,50}?)\s+[-–—]\s+(?=[A-Z])(.+)$/.exec(s);
  const afterDash = titled && TITLE.test(titled[1]!) ? titled[2] : undefined;
  // "After further discussion, the Assistant Town Clerk undertook to ...": a clause first.
  const afterClause =
    /^[A-Z][^,;:]{3,60},\s+(?=(?:the\s+)?[A-Z]|the (?:clerk|secretary|treasurer)\b)(.+)$/.exec(
      s,
    )?.[1];
  return (
    fromSentence(s, p, owner, false, bareTo) ??
    (tail ? fromSentence(tail, p, owner, false, bareTo) : undefined) ??
    (afterClause ? fromSentence(capitalise(afterClause), p, owner, true) : undefined) ??
    (afterDash ? fromSentence(afterDash, p, owner, true) : undefined)
  );
}

function afterTitle(s: string, p: Paragraph, owner: Owner): Found | undefined {
  const words = s.split(' ');
  for (let n = 1; n <= 4 && n < words.length; n++) {
    if (!/^(?:[A-Z][\w&'-]*|and|of|&)$/.test(words[n - 1]!)) return undefined;
    if (!/^[A-Z]/.test(words[n]!)) continue;
    const found = fromSentence(words.slice(n).join(' '), p, owner, true);
    if (found) return found;
  }
  return undefined;
}

/** "Tom raised ..., arranged a survey and will report back": the subject's last clause. */
/**
 * "The group noted that Dave had failed to attend ... and Janet was asked to write to him about
 * this": when the commitment is a later clause of its sentence, what "him" or "this" is was said
 * in the clauses before it, not in the sentence before.
 */
function clauseHead(sentence: string, found: Found): string | undefined {
  const at = found.ownersAsWritten ? sentence.indexOf(found.ownersAsWritten) : -1;
  if (at <= 0) return undefined;
  const head = sentence
    .slice(0, at)
    .replace(/[\s,;:–—-]*(?:and|but|so|while|whereas)?(?:\s+for)?\s*$/i, '')
    .trim();
  return head.split(' ').length >= 4 ? head : undefined;
}

function sameSubject(s: string, p: Paragraph, owner: Owner): Found | undefined {
  const leading = LEADING_PERSON.exec(s)?.[1];
  const m = leading && AND_WILL.exec(s);
  if (!leading || !m || REPORTED.test(m[1]!)) return undefined;
  const by = subjectOf(leading, owner, 'people');
  if (!by) return undefined;
  // "... and will report back": a short commitment carries what it is about.
  const text = m[2]!.split(' ').length <= 4 ? `${m[2]!.replace(/[.\s]+$/, '')}: ${m[1]!}` : m[2]!;
  return makeFound(text, by, 0.4, p);
}

function makeFound(
  text: string,
  subject: { written: string; owners: OwnerToken[] },
  confidence: number,
  p: Paragraph,
): Found {
  return {
    kind: 'suggested',
    ref: p.ref,
    text: capitalise(trimEnd(text)),
    ownersAsWritten: subject.written,
    owners: subject.owners,
    confidence,
  };
}

// What one presiding does at a meeting: "will move that ...", "will welcome ...", "will sign ...".
const PRESIDES =
  /^(?:will|would)\s+(?:move|welcome|open|close|introduce|invite|declare|sign|present|read|call|propose|put|formally|then|chair)\b/;

/**
 * "The Clerk was asked to write ...", "the Assistant Town Clerk undertook to ...", "The Clerk
 * will ...": an office the document may name the holder of. One who presides ("The Chair will
 * move that ...") announces business rather than taking it on; "The Chair will write to ..." is
 * still a commitment.
 */
function officeOf(
  m: RegExpExecArray,
  s: string,
): { written: string; owners: OwnerToken[] } | undefined {
  const written = m[1]!.trim();
  if (!OFFICE_WRITTEN.test(written)) return undefined;
  const verb = s.slice(m[1]!.length).trim();
  if (PRESIDES.test(verb) && /\b(?:Chair|Chairman|Chairperson|Mayor)$/i.test(written))
    return undefined;
  return { written, owners: [{ kind: 'office', written, name: written.replace(/^the\s+/i, '') }] };
}

const ORGANISATION =
  /\s(?:Australia|England|Scotland|Wales|Ireland|Britain|UK|USA|Canada|Europe|Zealand|International|Ltd|Limited|Inc|plc|PLC|LLP|LLC|Holdings|Systems|Solutions|Consulting|Media|Energy|Water|Homes|Housing|Rail|Transport|Technologies)\.?$/;

const office = (written: string): OwnerToken => ({
  kind: 'office',
  written,
  name: written.replace(/^the\s+/i, ''),
});

/** A subject that names who will do it: a person, initials, a ranked surname, an office, a group. */
function subjectOf(
  raw: string,
  owner: Owner,
  people: 'people' | 'any',
): { written: string; owners: OwnerToken[] } | undefined {
  // "Amanda Jones, CCBC,": the organisation after a name is not a second owner.
  // "Tom, as Treasurer,": the role between commas is not a second owner either.
  const written = raw
    .replace(
      /^(.+?),\s+(?:as\s+(?:the\s+)?(?:(?:new|outgoing|incoming|acting|interim|current)\s+)?)?[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3},?$/,
      '$1',
    )
    // "Club Secretary Christine", "Treasurer Ken Hale": the office before the name is who she is.
    .replace(OFFICE_BEFORE_NAME, '')
    .trim();
  // "Linux Australia is going to ...", "Acme Ltd will supply ...": an outside organisation's plan,
  // by a name whose last word is a country's or a company's, not a person's commitment.
  if (ORGANISATION.test(written)) return undefined;
  const tokens = owner(written);
  // A bare surname counts when an attendee has it ("Stephens will ..."): ownerToken gives
  // one only for the attendees' surnames.
  const person = tokens.some(
    (t) =>
      t.kind === 'name' ||
      t.kind === 'initials' ||
      (t.kind === 'surname' && (ONE_NAME.test(t.written) || RANKED.test(t.written))),
  );
  if (person || (people === 'any' && tokens.length)) return { written, owners: tokens };
  if (RANKED.test(written))
    return { written, owners: [{ kind: 'surname', written: written.split(' ').pop()! }] };
  if (people === 'people') return undefined;
  if (OFFICE_WRITTEN.test(written))
    return {
      written,
      owners: [{ kind: 'office', written, name: written.replace(/^the\s+/i, '') }],
    };
  if (isOffices(written))
    return {
      written,
      owners: written
        .split(LIST_SEPARATOR)
        .filter(Boolean)
        .map((part) => ({ kind: 'office', written: part, name: part.replace(/^the\s+/i, '') })),
    };
  if (GROUP_WRITTEN.test(written) || GROUP_OF.test(written))
    return { written, owners: [{ kind: 'group', written, name: written.replace(/^the\s+/i, '') }] };
  return undefined;
}

function fromSentence(
  s: string,
  p: Paragraph,
  owner: Owner,
  // A clause cut from a longer sentence: only a person's or an office's commitment is read.
  clauseOnly = false,
  // "X to ..." at the head of the sentence (see the sentence loop).
  bareTo = true,
): Found | undefined {
  if (NOT_COMMITMENT.test(s) || CLOSED_AFTER_DASH.test(s) || STANDING_DUTY.test(s))
    return undefined;
  if (clauseOnly) {
    const person = personAgreed(s);
    const personBy = person && (subjectOf(person[1]!, owner, 'people') ?? officeOf(person, s));
    if (personBy) return makeFound(person[2]!, personBy, 0.4, p);
    const said = SAID_WOULD.exec(s);
    const saidBy = said && (subjectOf(said[1]!, owner, 'people') ?? officeOf(said, s));
    return saidBy ? makeFound(said[2]!, saidBy, 0.4, p) : undefined;
  }
  const make = (
    text: string,
    subject: { written: string; owners: OwnerToken[] } | null,
    confidence: number,
  ): Found => ({
    kind: 'suggested',
    ref: p.ref,
    text: capitalise(trimEnd(text)),
    ownersAsWritten: subject?.written ?? null,
    owners: subject?.owners ?? [],
    confidence,
  });
  const resolved = RESOLVED_THAT.exec(s);
  const resolvedBy =
    resolved &&
    (subjectOf(resolved[1]!, owner, 'people') ??
      (OFFICE_WRITTEN.test(resolved[1]!.trim())
        ? subjectOf(resolved[1]!, owner, 'any')
        : undefined));
  if (resolvedBy) return make(resolved[2]!, resolvedBy, 0.45);
  const agreed = AGREED_THAT.exec(s);
  const agreedSubject = agreed && (agreed[1] ?? agreed[2]!).trim();
  const agreedBy =
    agreedSubject && !THE_BODY.test(agreedSubject) && subjectOf(agreedSubject, owner, 'any');
  if (agreedBy) return make(agreed[3]!, agreedBy, 0.5);
  const agreedFor = AGREED_FOR.exec(s);
  const forWhom =
    agreedFor && !THE_BODY.test(agreedFor[1]!.trim()) && subjectOf(agreedFor[1]!, owner, 'any');
  if (forWhom && forWhom.owners.some((t) => t.kind !== 'group'))
    return make(agreedFor[2]!, forWhom, 0.45);
  const group = GROUP_WILL.exec(s);
  if (group) {
    const written = group[1]!.replace(/^The\s+/, 'the ');
    return make(group[2]!, { written, owners: owner(written) }, 0.5);
  }
  const person = personAgreed(s);
  const personBy = person && (subjectOf(person[1]!, owner, 'people') ?? officeOf(person, s));
  if (personBy) return make(person[2]!, personBy, 0.45);
  const inHand = IN_HAND.exec(s);
  const inHandBy = inHand && (subjectOf(inHand[1]!, owner, 'people') ?? officeOf(inHand, s));
  if (inHandBy) return make(`${BASE[inHand[2]!]} ${inHand[3]!}`, inHandBy, 0.35);
  const promised = PROMISED.exec(s);
  const promisedBy = promised && subjectOf(promised[1]!, owner, 'any');
  if (promisedBy && promisedBy.owners.every((t) => t.kind !== 'group'))
    return make(promised[2] ?? `Provide ${promised[3]!}`, promisedBy, 0.4);
  const said = SAID_WOULD.exec(s);
  const saidBy = said && subjectOf(said[1]!, owner, 'any');
  if (saidBy) return make(said[2]!, saidBy, 0.4);
  const found = ASKED_TO.exec(s);
  const asked = found && found.index <= 160 ? found : null;
  // Only "asked X to" is sure enough of a person to take a first name alone ("asked Mike to").
  // "invited Cllrs to visit": councillors at large are not one person.
  if (
    asked &&
    !/^(?:Cllrs|Councillors|Members|Residents)$/i.test(asked[1]!) &&
    owner(asked[1]!, true).some((t) => t.kind !== 'group')
  )
    return make(asked[2]!, { written: asked[1]!, owners: owner(asked[1]!, true) }, 0.45);
  // "Members asked officers to prepare ...": the body's own staff take it on.
  if (
    asked &&
    STAFF.test(asked[1]!) &&
    asked[1]!.split(' ').length <= 4 &&
    /^[\w' -]+$/.test(asked[1]!)
  ) {
    const written = asked[1]!.trim();
    return make(
      asked[2]!,
      { written, owners: [{ kind: 'group', written, name: written.replace(/^the\s+/i, '') }] },
      0.4,
    );
  }
  // A group asked to do something ("asked that the board use ...") is a wish, not a commitment.
  const askedThat = ASKED_THAT.exec(s);
  const askedOf = askedThat && subjectOf(askedThat[1]!, owner, 'any');
  if (askedOf && (askedOf.owners.every((t) => t.kind !== 'group') || STAFF.test(askedOf.written)))
    return make(askedThat[2]!, askedOf, 0.4);
  const by = AGREED_BY.exec(s);
  const byWhom = by && subjectOf(by[1]!, owner, 'any');
  if (byWhom) return make(by[2]!, byWhom, 0.45);
  const clause = CLAUSE_TO.exec(s);
  // "... 4.Agree on Phase II project plan – Candy to prepare ...": a numbered list's item
  // before the dash (run into the text by flattening) makes the line a row of actions.
  const prose =
    clause &&
    clause[1]!.split(' ').length >= (clause[2]!.trim() === ',' ? 3 : 4) &&
    /\s[a-z]{3,}\b/.test(clause[1]!) &&
    !/(?:^|[\s)])\d{1,2}\.\s?[A-Z][^.]*$/.test(clause[1]!);
  // The sentence's head first, then the clause after a comma or dash: a subject that names no
  // one ("Given the cost, a new quote") gives way to the clause.
  // "Heating – JO to get three quotes.": an item's title before a dash, then its commitment.
  const titled = clause && /[-–—]/.test(clause[2]!) && TITLE.test(clause[1]!);
  const heads = !bareTo ? [] : [s, ...(prose || titled ? [clause[3]!] : [])];
  for (const head of heads) {
    const bare = BARE_TO.exec(head);
    const bareBy = bare && subjectOf(bare[1]!, owner, 'any');
    if (bareBy && bareBy.owners.some((t) => t.kind !== 'group'))
      return make(bare[2]!, bareBy, 0.45);
  }
  const passive = PASSIVE_BY.exec(s);
  const doer = passive?.[4]!.trim();
  const passiveBy =
    doer && !THE_BODY.test(doer)
      ? OFFICE_WRITTEN.test(doer)
        ? { written: doer, owners: [office(doer)] }
        : subjectOf(doer, owner, 'any')
      : undefined;
  if (passive && passiveBy && passiveBy.owners.some((t) => t.kind !== 'group'))
    return make(`${capitalise(passive[1]!)} to be ${passive[3]!}${passive[5]!}`, passiveBy, 0.4);
  const steps = NEXT_STEPS.exec(s);
  if (steps) return make(steps[1]!, null, 0.4);
  const done = AGREED_DONE_BY.exec(s);
  if (done) return make(`${done[1]!} to be ${done[2]!}`, null, 0.35);
  const needed = NEEDED.exec(s);
  if (needed && !/\bthere is\b/i.test(s)) return make(needed[1]!, null, 0.35);
  return undefined;
}
