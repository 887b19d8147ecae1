/**
 * Telling a person's name from the roles and organisations minutes run it into
 * ("Chief Executive Nick Walkley LB Barnet/London Councils"). A name is two to four capitalised
 * words none of which is a word of office or organisation. The vocabulary is deliberately
 * broad: a missed name is flagged for the secretariat, a role taken for a name would be invented.
 */

// Words of office, organisation and place that are never part of a person's name in minutes.
const VOCABULARY = new Set(
  `
  a an and the of for to in on at by with from or
  mayor mayors deputy chief executive commissioner assistant director head officer officers lead
  chair chairman chairwoman co-chair cochair vice interim acting senior principal manager advisor adviser
  technical councillor cllr alderman leader member members secretary clerk treasurer president
  trustee trustees alderwoman apols governing body councilor councilors councilmember
  prosecutor superintendent inspector commander cmdr sergeant constable detective
  governor minister rev revd reverend rt hon mp am mep sir dame lord lady baroness dr prof professor mr mrs ms miss
  cbe obe mbe qpm kc qc supt ch dci di ds dc pc insp dcs acc dcc cc
  coordinator co-ordinator analyst partnerships partnership programme programmes delivery planning
  policy strategy strategic governance commissioning commercial operations finance legal
  communications engagement performance development services service
  london councils council borough royal city authority local greater assembly
  metropolitan police policing crime crimes criminal justice reduction probation prison prisons
  trust crown prosecution courts court tribunals youth board boards group groups panel committee
  unit team office offices department ministry home national regional england nhs health
  victims victim commissioners violence violent against women girls hate modern slavery serious
  organised safety community communities public safer streets efficiency transport
  mopac mpa mps gla tfl cps npd nps hmpps hmcts vru yjb lcrb dmg lcjb dmpc ac dac ceo coo cfo
  independent private social integration mobility children adults education housing
  equalities diversity inclusion insight evidence research secretariat
  project projects plan plans review reviews report reports update updates fund funding scheme
  initiative forum network hub centre pilot campaign task finish working steering stronger healthy
  better neighbourhood county district parish town village schools
  rescue ambulance clinical integrated adult adults partner
  tower hamlets waltham forest westminster camden hackney haringey islington lambeth lewisham
  newham southwark wandsworth hammersmith fulham kensington chelsea barking dagenham bexley
  bromley croydon ealing enfield greenwich havering hillingdon hounslow redbridge thames upon
  point points responsible target status rag owner owners due deadline
  annual budget capital revenue risk audit chamber room virtual online teams zoom
  chancellor chancellors pro provost warden rector vicar churchwarden churchwardens bursar
  convocation senate senators senator opening prayer prayers
  nurse nursing registered representative practitioner medical union trade user staff unpaid care
  historian chaplain parliamentarian registrar archivist librarian volunteer volunteers
  primary elected nominated non-executive executive workforce quality transformation company
  corporate specialist information management business support general
  taker learning disabilities operational dementia champion consultant consultants call
  facilitator tasks google meet attending interest none club discussion
  exec additional rep reps asst speak links
  university college hospital association society foundation agency charity alliance
  ltd limited inc plc llp llc corp corporation institute academy
  associate freedom membership personal guardian patient patients experience operating record
  cumulative possible actual name names estates facilities digital improvement assurance
  chief's mayor's apologies present attendees attendance minute minutes meeting action actions
  agenda item items notes welcome introductions matters arising date time venue location
  attorney solicitor counsel recorder order homes advice cr crs role roles
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Honorifics and titles dropped from a name but kept as its role when nothing else is given. */
export const HONORIFICS =
  /^(?:Sir|Dame|Lord|Lady|Baroness|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?|Miss|Rt\.? Hon\.?|The Rt\.? Hon\.?|Cllr\.?|Cr\.?|Councillor|Mayor|Cmdr\.?|Commander|AC|DAC|DC|Det\.?|Revd\.?|Rev\.?|Reverend)$/i;

// Letters of any alphabet ("Ciarán", "Zoë", "Müller") and either apostrophe ("O'Kelly", "O’Kelly").
// "d’Ayala", "l'Estrange": an elided particle in lower case, glued to the surname.
// "Buffard-O'Shea", "Ruiz-McBride": each part of a double-barrelled name has the same shape.
const NAME_TOKEN =
  /^(?:\p{Lu}\p{Ll}?['’]|[dl]['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-(?:\p{Lu}\p{Ll}?['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)*$/u;

// "Vice-Chair", "Co-Opted": a compound made only of words of office is one.
const isCompoundWord = (token: string): boolean =>
  token.includes('-') && token.split('-').every((part) => VOCABULARY.has(part.toLowerCase()));

// Job titles formed with an agent suffix ("Receptionist", "Librarian", "Administrator"); the
// Nordic surnames in -qvist / -quist are not.
export const AGENT_WORD = /^[A-Z][a-z]{3,}(?<!q[uv])(?:ist|ician|arian|ator)$/;

// "DI" is a detective inspector; "Di" (Diana) is a first name. A rank known only in capitals is
// a word of office only when written so.
const CAPS_ONLY = new Set(['di']);

export const isNameToken = (token: string): boolean =>
  NAME_TOKEN.test(token) &&
  (!VOCABULARY.has(token.toLowerCase()) || CAPS_ONLY.has(token.toLowerCase())) &&
  !isCompoundWord(token) &&
  !AGENT_WORD.test(token);

/**
 * "Sue Grant Practice Manager", "Bob Hart Ward Councillor", "Olu Ade Locality Pharmacist": a run
 * of three name words is rare in a list (a middle name), a qualifier before a word of office
 * common. A run's last word goes back to the role when the word after it is one.
 */
const beforeRole = (next: string | undefined, after: string | undefined): boolean =>
  !!next &&
  /^[A-Z]/.test(next) &&
  (isVocabulary(next) || AGENT_WORD.test(next)) &&
  // "Mr Mohammed Zayyan Butt Ms Philippa Foster-Back": a title that opens the next name.
  !((HONORIFICS.test(next) || SURNAME_TITLE.test(next)) && !!after && isNameToken(after));

export const isVocabulary = (word: string): boolean => VOCABULARY.has(word.toLowerCase());

export interface NameSpan {
  readonly name: string;
  /** Character offsets in the text searched. */
  readonly start: number;
  readonly end: number;
}

export interface FindOptions {
  /**
   * Attendance lists name people by title and surname alone ("Cllr Beck", "Lord Clement-Jones",
   * "Chair Gilligan"): in a list of people that is a person, in running prose it is not sought.
   */
  readonly titled?: boolean;
  /** "Trudy McLEAY", "Lynne SHORT": a surname in capitals after a first name. */
  readonly capsSurnames?: boolean;
  /** "M Bamess", "C. Fraser": the list names people by an initial and the surname. */
  readonly initialledSurnames?: boolean;
}

// Titles that stand before a bare surname in attendance lists.
// "Vice-Chair Diaz", "Deputy-Mayor Lowe": an office joined to its qualifier by a hyphen.
const SURNAME_TITLE =
  /^(?:(?:Vice|Deputy)-(?:Chair|Chairman|Chairperson|Chairwoman|Mayor|President)|Cllr|Cr|Councillor|Councilor|Councilmember|Mayor|Mr|Mrs|Ms|Miss|Mx|Dr|Lord|Lady|Baroness|Baron|Dame|Prof|Professor|Chair|Chairman|Chairperson|Chairwoman|Chief|Commissioner|Alderman|Rev|Revd|Reverend|Canon|Judge|Senator|President|Trustee|Governor|Supt|Inspector|Sergeant|Sgt|PC|PCSO|Insp)\.?$/;

// "Cllrs I Robinson, R Tift", "Councillors I Ward and O Hale": a plural title over initialled names.
const PLURAL_TITLE_WORD = /^(?:Cllrs|Crs|Councillors|Councilors|Trustees|Governors|Directors)\.?$/;

// A surname in capitals, with a vowel so that an acronym such as NSFT or HMPPS is not taken.
const CAPS_SURNAME = /^(?:Mc|Mac|O'|D')?[A-Z]{2,}(?:-[A-Z]{2,})?$/;
const isCapsSurname = (token: string): boolean =>
  CAPS_SURNAME.test(token) &&
  /[AEIOUY]/.test(token.replace(/^(?:Mc|Mac)/, '')) &&
  token.replace(/^(?:Mc|Mac|O'|D')/, '').length >= 3 &&
  !VOCABULARY.has(token.toLowerCase());

// The last word of an organisation's name ("Anytown Council", "Riverside Trust").
const ORG_HEAD =
  /^(?:Councils?|Trust|Board|Services?|Authority|Partnership|Group|Committee|Panel|Forum|Network|Centre|Center|Hub|Unit|Team|Office|Department|Ministry|Police|Constabulary|Borough|County|District|Parish|Town|City|College|University|Hospital|Schools?|Association|Society|Charity|Alliance|Foundation|Agency|Shire)$/;

/** Every run of two to four name words in `text`, left to right. */
export function findNames(text: string, options: FindOptions = {}): NameSpan[] {
  const spans: NameSpan[] = [];
  const tokens = [...text.matchAll(/[^\s,;:()]+/g)];
  const joined = (a: number, b: number) =>
    /^ +$/.test(text.slice(tokens[a]!.index + tokens[a]![0].length, tokens[b]!.index));
  const nextJoined = (k: number) => (tokens[k] && joined(k - 1, k) ? tokens[k]![0] : undefined);
  let i = 0;
  while (i < tokens.length) {
    // "A Baker", "J. Smith": single initials lead a name only when a surname follows.
    let j = i;
    // After a title, "I" and run-together initials lead a name too: "Prof. I Cumming", "Mr AC Marsh".
    const afterTitle =
      options.titled &&
      i > 0 &&
      joined(i - 1, i) &&
      (SURNAME_TITLE.test(tokens[i - 1]![0]) ||
        HONORIFICS.test(tokens[i - 1]![0]) ||
        PLURAL_TITLE_WORD.test(tokens[i - 1]![0]));
    // "JP Bentley", "DW Long": in a list that names its people by initials and surname ("M
    // Bamess"), two initials run together lead a surname with no title before them; only consonants, so that "UK Sport", "EU Funds" stay, and no word of office
    // ("DC Smith", "PC Jones").
    const runTogether =
      options.titled &&
      options.initialledSurnames &&
      /^[B-DF-HJ-NP-TV-Z]{2}$/.test(tokens[i]![0]) &&
      !VOCABULARY.has(tokens[i]![0].toLowerCase()) &&
      !(i > 0 && joined(i - 1, i) && NAME_TOKEN.test(tokens[i - 1]![0]));
    if (
      (afterTitle || runTogether) &&
      /^[A-Z]{1,3}\.?$/.test(tokens[i]![0]) &&
      tokens[i + 1] &&
      joined(i, i + 1) &&
      isNameToken(tokens[i + 1]![0])
    )
      j++;
    while (
      j < tokens.length &&
      (INITIAL_TOKEN.test(tokens[j]![0]) ||
        // "I. Langley" in a list of people; in prose "I" is the pronoun.
        (options.titled && tokens[j]![0] === 'I.')) &&
      j - i < 2 &&
      tokens[j + 1] &&
      joined(j, j + 1)
    )
      j++;
    const lead = j - i;
    let particles = 0;
    while (
      j < tokens.length &&
      (isNameToken(tokens[j]![0]) ||
        isParticle(tokens, j, i, joined) ||
        (lead === 0 && isMiddleInitial(tokens, j, i, joined))) &&
      j - i - particles < 4
    ) {
      if (!isNameToken(tokens[j]![0])) particles++;
      j++;
      // A name does not run across punctuation: "Alan Wu, Kim Lee" is two people.
      if (tokens[j] && !joined(j - 1, j)) break;
      // After initials comes one surname: "Mr M Beardwell Acting Chair" is M Beardwell; "C de
      // Souza", "J van Dijk": its particle opens it. "R da Silva Rosa", "M de la Cruz Ortega": after
      // a particle a second surname may close the item, before its comma or bracket.
      if (
        options.titled &&
        lead > 0 &&
        isNameToken(tokens[j - 1]![0]) &&
        !(
          particles > 0 &&
          j - i - lead - particles === 1 &&
          tokens[j] &&
          joined(j - 1, j) &&
          isNameToken(tokens[j]![0]) &&
          (!tokens[j + 1] || !joined(j, j + 1))
        )
      )
        break;
    }
    if (
      options.capsSurnames &&
      j > i + lead &&
      j < tokens.length &&
      j - i < 4 &&
      joined(j - 1, j) &&
      isCapsSurname(tokens[j]![0])
    )
      j++;
    // "Steve Tyerman David Gilmour" in a list: four name words are two people whose comma was
    // lost, even before a role ("... Carla Evans Project Officer").
    if (options.titled && lead === 0 && !particles && j - i === 4) j -= 2;
    // A particle is not a word of the name to give back: "Ms C de Souza Chair" keeps Souza.
    else if (
      j - i - lead - particles >= (lead > 0 ? 2 : 3) &&
      beforeRole(nextJoined(j), nextJoined(j + 1))
    )
      j--;
    const words = j - i - lead;
    if (
      options.titled &&
      lead === 0 &&
      words === 1 &&
      i > 0 &&
      joined(i - 1, i) &&
      SURNAME_TITLE.test(tokens[i - 1]![0]) &&
      // "Chair Anytown Council": a place before an organisation's word names the organisation.
      !ORG_HEAD.test(nextJoined(j) ?? '')
    ) {
      const only = tokens[i]!;
      spans.push({ name: only[0], start: only.index, end: only.index + only[0].length });
      i = j;
      continue;
    }
    // "East Kent Housing", "North Yorkshire": a compass point opens a place, not a first name.
    if (lead === 0 && words >= 2 && PLACE_LEAD.test(tokens[i]![0])) {
      i += 2;
      continue;
    }
    if (words >= 2 || (lead > 0 && words >= 1)) {
      const first = tokens[i]!;
      const last = tokens[j - 1]!;
      spans.push({
        name: tokens
          .slice(i, j)
          .map((t) => t[0])
          .join(' '),
        start: first.index,
        end: last.index + last[0].length,
      });
      i = j;
    } else i = Math.max(i + 1, j - (lead > 0 && words === 0 ? lead - 1 : 0));
  }
  return spans;
}

const INITIAL_TOKEN = /^[A-HJ-Z]\.?$/;

// "Paul de Freine", "Aogán Ó Fearghaíl", "Ines van der Berg", "Siobhán Ní Bhriain", "Jo St. John": a surname's
// particle, inside a name only, between a first name and a capitalised word.
const PARTICLE =
  /^(?:St\.?|de|del|della|der|den|di|da|du|dos|van|von|le|la|Ó|Ní|Nic|Mac|bin|binti|ibn|al|el)$/;

function isParticle(
  tokens: readonly RegExpMatchArray[],
  j: number,
  start: number,
  joined: (a: number, b: number) => boolean,
): boolean {
  if (j <= start || !PARTICLE.test(tokens[j]![0]) || !joined(j - 1, j)) return false;
  // "van der Berg": particles may follow one another; a capitalised word ends them.
  let k = j + 1;
  while (tokens[k] && PARTICLE.test(tokens[k]![0]) && joined(k - 1, k)) k++;
  return !!tokens[k] && joined(k - 1, k) && isNameToken(tokens[k]![0]);
}
// "Robert W. Ward", "James T Kirk": one initial between a first name and a surname is a middle
// initial, part of the name, not the lead of the next person's.
function isMiddleInitial(
  tokens: readonly RegExpMatchArray[],
  j: number,
  start: number,
  joined: (a: number, b: number) => boolean,
): boolean {
  return (
    j === start + 1 &&
    INITIAL_TOKEN.test(tokens[j]![0]) &&
    joined(j - 1, j) &&
    !!tokens[j + 1] &&
    joined(j, j + 1) &&
    isNameToken(tokens[j + 1]![0])
  );
}
const PLACE_LEAD = /^(?:North|South|East|West|Central|Greater|Upper|Lower|Mid|Inner|Outer)$/;

/** Initials as minutes write them: Tim Godwin -> TG, John O'Brien -> JO'B, Hogan-Howe -> HH. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => {
      if (/^[A-Z]\.?$/.test(part)) return part.charAt(0);
      const apostrophe = /^([A-Z])'([A-Z])/.exec(part);
      if (apostrophe) return `${apostrophe[1]}'${apostrophe[2]}`;
      return part
        .split('-')
        .map((p) => p.charAt(0).toUpperCase())
        .join('');
    })
    .join('');
}

/** Initials-shaped token: TG, JO'B, MN. Two to four capitals, or an O' form. */
export const INITIALS = /^(?:[A-Z]{2,4}|[A-Z]{1,2}'[A-Z])$/;

/** Levenshtein distance, for spelling variants of a surname (Balachrishnan / Balakrishnan). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

// Capitals without a vowel are initials or acronyms ("R.", "NHS") and stay; these are titles.
const CAPS_TITLES = new Set(['MR', 'MRS', 'MS', 'DR', 'CLLR', 'CLLRS', 'REVD', 'SGT', 'PC']);

/**
 * "COUNCILLOR R. DENT (CHAIRMAN)" -> "Councillor R. Dent (Chairman)": an attendance line in
 * capitals read as names are written, so that names come back as people write them.
 */
export function titleCaseCaps(text: string): string {
  return text.replace(/[A-Z]{2,}(?:'[A-Z]+)?/g, (word) => {
    if (!/[AEIOUY]/.test(word) && !CAPS_TITLES.has(word)) return word;
    if (/^(?:AND|OF|THE|FOR|TO|IN|AT|ON|BY)$/.test(word)) return word.toLowerCase();
    const cased = word
      .split("'")
      .map((p) => p.charAt(0) + p.slice(1).toLowerCase())
      .join("'");
    // "MCDONALD" -> "McDonald".
    return cased.replace(/^Mc([a-z])(?=[a-z]{2})/, (_, c: string) => `Mc${c.toUpperCase()}`);
  });
}

/** A line in capitals: letters, and not one of them lower case. */
export const isAllCaps = (text: string): boolean =>
  !/[a-z]/.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 6;
