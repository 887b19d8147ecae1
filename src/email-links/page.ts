/**
 * The small update page an email link opens: the action, its latest update, and a form for a
 * status and a note. Plain HTML, no script: labels on every field, the statuses in a fieldset
 * with a legend, one h1, lang, a visible focus ring and a logical tab order (WCAG 2.2 AA).
 * Every string from the register or from people is escaped here.
 */
import { STATUS_LABELS, type Status } from '../domain.ts';
import type { ActionCard } from '../message.ts';

export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The statuses an email form offers; closing and dropping stay with the secretariat in chat. */
export const FORM_STATUSES = [
  'in_progress',
  'complete',
  'open',
] as const satisfies readonly Status[];

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.5}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}
.meta{color:#454545;margin:0 0 1rem}
.latest{border-left:4px solid #505a5f;padding:.25rem .75rem;margin:1rem 0;background:#f3f2f1}
.notice{border:3px solid #1d70b8;padding:.75rem;margin:1rem 0}
.error{border-color:#b10e1e}
fieldset{border:0;padding:0;margin:1rem 0}
legend{font-weight:700;margin-bottom:.5rem}
label{display:block;margin:.25rem 0}
textarea{width:100%;box-sizing:border-box;font:inherit;border:2px solid #1b1b1b;padding:.5rem}
button{font:inherit;font-weight:700;padding:.5rem 1rem;background:#00703c;color:#fff;border:2px solid #00703c;cursor:pointer}
a{color:#1d4ed8}
:focus-visible{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
input[type=radio]{width:1.25rem;height:1.25rem;vertical-align:middle;margin-right:.5rem}
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Matters Arising</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function actionSection(card: ActionCard): string {
  const latest = card.latest
    ? `<section class="latest" aria-labelledby="latest-h"><h2 id="latest-h">Latest update</h2>
<p>${escapeHtml(card.latest.at)}, ${escapeHtml(card.latest.who)}${card.latest.status ? ` (${escapeHtml(STATUS_LABELS[card.latest.status])})` : ''}</p>
${card.latest.note ? `<p>${escapeHtml(card.latest.note)}</p>` : ''}</section>`
    : '<p>No update yet.</p>';
  return `<h1>${escapeHtml(card.ref)}: ${escapeHtml(card.boardName)}</h1>
<p class="meta">${card.minuteRef ? `Minute ${escapeHtml(card.minuteRef)} · ` : ''}Owner: ${escapeHtml(card.owners.join(', ') || 'unassigned')} · Due: ${escapeHtml(card.due)} · Status: <strong>${escapeHtml(STATUS_LABELS[card.status])}</strong>${card.carriedForward ? ` · carried forward ${card.carriedForward}×` : ''}</p>
<p>${escapeHtml(card.text)}</p>
${latest}`;
}

export interface FormPage {
  readonly card: ActionCard;
  readonly personName: string;
  readonly token: string;
  readonly nonce: string;
  readonly csrf: string;
  /** Which status is preselected: the link pressed, or what was submitted. */
  readonly selected: Status | 'keep';
  readonly note: string;
  /** A refusal to show above the form (note too long, a status not allowed). */
  readonly error?: string;
  readonly expiresLabel: string;
}

export function formPage(p: FormPage): string {
  const options: Array<[Status | 'keep', string]> = [
    ...FORM_STATUSES.map((s): [Status, string] => [s, STATUS_LABELS[s]]),
    ['keep', `Keep as ${STATUS_LABELS[p.card.status].toLowerCase()} (add a note only)`],
  ];
  const radios = options
    .map(
      ([value, label]) =>
        `<label><input type="radio" name="status" value="${value}"${value === p.selected ? ' checked' : ''}> ${escapeHtml(label)}</label>`,
    )
    .join('\n');
  const error = p.error
    ? `<div class="notice error" role="alert" id="form-error"><p>${escapeHtml(p.error)}</p></div>`
    : '';
  return layout(
    `Update ${p.card.ref}`,
    `${actionSection(p.card)}
<h2 id="form-h">Your update</h2>
${error}
<form method="post" action="/update" aria-labelledby="form-h">
<input type="hidden" name="t" value="${escapeHtml(p.token)}">
<input type="hidden" name="nonce" value="${escapeHtml(p.nonce)}">
<input type="hidden" name="csrf" value="${escapeHtml(p.csrf)}">
<fieldset>
<legend>Status</legend>
${radios}
</fieldset>
<label for="note">Note (optional with a new status, up to 2,000 characters)</label>
<textarea id="note" name="note" rows="5" maxlength="2000"${p.error ? ' aria-describedby="form-error"' : ''}>${escapeHtml(p.note)}</textarea>
<p><button type="submit">Save update</button></p>
</form>
<p class="meta">Signed in by this link as ${escapeHtml(p.personName)}. It works once, until ${escapeHtml(p.expiresLabel)}.</p>`,
  );
}

/** After a change: the action as it now stands. */
export function savedPage(card: ActionCard, said: string): string {
  return layout(
    `${card.ref} updated`,
    `<div class="notice" role="status"><p><strong>Saved.</strong> ${escapeHtml(said)}</p></div>
${actionSection(card)}
<p class="meta">This link has now been used. To change the action again, use the links in your next reminder, or Slack or Teams.</p>`,
  );
}

/** A link refused after a change: the action as it stands, no form. */
export function changedPage(card: ActionCard): string {
  return layout(
    `${card.ref} has changed`,
    `<div class="notice error" role="alert"><p>This link no longer works: ${escapeHtml(card.ref)} has been updated since the email was sent (or the link was used already). Here it is as it stands now. Nothing was changed.</p></div>
${actionSection(card)}
<p class="meta">To update it, use the links in your next reminder, or Slack or Teams.</p>`,
  );
}

/** Refused before any action is shown: bad, expired or foreign links, and gone records. */
export function refusalPage(title: string, text: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>`);
}
