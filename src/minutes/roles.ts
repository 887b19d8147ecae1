/**
 * Splitting what surrounds a name into a role and an organisation: "CEO, MOPAC",
 * "Director of Strategy MOPAC & Chair of ...", "Metropolitan Police Service".
 */
import { AGENT_WORD } from './names.ts';
import { squash } from './text.ts';

const ORG_WORDS =
  /\b(?:Councils?|Service|Services|Board|Boards|Trust|Office|Ministry|England|Authority|Unit|Partnership|Police|Prosecution|Probation|Borough|Department|Agency|Group|Panel|Committee|Assembly|Team|University|College|Hospital|Foundation|Transport|LB|GLA|NHS|Limited|Ltd|Association|Network|Company|Centre|Center|Society|Charity|School|Constabulary|Scotland|Wales)\b/;
const ACRONYM = /^[A-Z][A-Z&]{1,6}$/;
const ROLE_START =
  /^(?:Deputy|Chief|Head|Director|CEO|COO|CFO|Co-?Chair|Chair(?:man|woman|person)?|Vice|Assistant|AC|DAC|DC|DMPC|Interim|Acting|Senior|Lead|Leader|Commissioner|Secretary|Clerk|Manager|Officer|Advisor|Adviser|Mayor|Councillor|Cllr|Member|Executive|Superintendent|Commander|Cmdr|Inspector|Treasurer|Technical|Principal|AM|MP|MEP)\b(?!')/i;
const ROLE_WORDS =
  /\b(?:Commissioner|Director|Chair(?:man|woman|person)?|Governor|Trustee|Treasurer|Officer|Manager|Advisor|Adviser|Head|Executive|Secretary|Clerk|Lead|Prosecutor|Mayor|Councillor|Cllr|Leader|Co-?ordinator|Analyst|Member)\b/i;

// London's boroughs sit in attendance lists as organisations ("Tower Hamlets  Mayor John Biggs").
const BOROUGH =
  /^(?:LB |RB |London Borough of |Royal Borough of )?(?:Barking and Dagenham|Barnet|Bexley|Brent|Bromley|Camden|City of London|Croydon|Ealing|Enfield|Greenwich|Hackney|Hammersmith and Fulham|Haringey|Harrow|Havering|Hillingdon|Hounslow|Islington|Kensington and Chelsea|Kingston(?: upon Thames)?|Lambeth|Lewisham|Merton|Newham|Redbridge|Richmond(?: upon Thames)?|Southwark|Sutton|Tower Hamlets|Waltham Forest|Wandsworth|Westminster)$/;

export const isOrgLike = (s: string): boolean =>
  ORG_WORDS.test(s) || ACRONYM.test(s.trim()) || BOROUGH.test(s.trim());

export interface RoleOrg {
  readonly role: string | null;
  readonly org: string | null;
}

const clean = (s: string): string =>
  squash(s)
    .replace(/^[,;:\-–\s]+|[,;\s]+$/g, '')
    .replace(/^\((.*)\)$/, '$1')
    .trim();

// The word that ends a job title: "Medical Director", "Chair", "Parish Clerk".
const ROLE_HEAD =
  /^(?:Chair(?:man|woman|person)?|Co-?Chair|Vice-Chair|Director|Officer|Manager|Clerk|Secretary|Treasurer|Executive|Lead|Leader|Head|Advisor|Adviser|Commissioner|Councillor|Coordinator|Co-ordinator|Member|Governor|Trustee|President)$/;

/**
 * "Chair Anytown Council", "Medical Director Riverside Trust": a job title run into the name of
 * the organisation, with no comma between. Split after the title's last word when what follows
 * is an organisation that does not itself begin with a word of office ("Director of Finance" and
 * "Chief Executive Officer" stay whole).
 */
function roleThenOrg(s: string): RoleOrg | null {
  const words = s.split(' ');
  for (let k = 1; k < words.length; k++) {
    if (!ROLE_HEAD.test(words[k - 1]!)) continue;
    const rest = words.slice(k).join(' ');
    if (
      /^[A-Z]/.test(rest) &&
      !ROLE_START.test(rest) &&
      !ROLE_WORDS.test(words[k]!) &&
      isOrgLike(rest)
    )
      return { role: words.slice(0, k).join(' '), org: rest };
  }
  return null;
}

/** Classifies the text after (or beside) a name. */
export function splitRoleOrg(raw: string): RoleOrg {
  // A second office ("..., Chair of the Hate Crime Board") says nothing about who they are here.
  let s = clean(raw).replace(/\s*(?:,|&)\s*(?:Co-?)?Chair\b\s+\S.*$/i, '');
  s = clean(s);
  if (!s) return { role: null, org: null };
  const parts = s
    .split(/\s*,\s*/)
    .map((x) => x.replace(/^\((.*)\)$/, '$1'))
    .filter(Boolean);
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (isOrgLike(last) && !ROLE_START.test(last))
      return { role: parts.slice(0, -1).join(', '), org: last };
    return { role: parts.join(', '), org: null };
  }
  const split = roleThenOrg(s);
  if (split) return split;
  if (ROLE_START.test(s)) {
    const amp = /^(.*\S)\s+&\s+(.+)$/.exec(s);
    if (amp && isOrgLike(amp[2]!) && !ROLE_START.test(amp[2]!))
      return { role: amp[1]!, org: amp[2]! };
    const acronym = /^(.*\S)\s+([A-Z]{2,6})$/.exec(s);
    if (acronym && ROLE_WORDS.test(acronym[1]!)) return { role: acronym[1]!, org: acronym[2]! };
    return { role: s, org: null };
  }
  if (isOrgLike(s)) return { role: null, org: s };
  if (ROLE_WORDS.test(s) || s.split(' ').some((w) => AGENT_WORD.test(w)))
    return { role: s, org: null };
  return { role: null, org: s };
}
