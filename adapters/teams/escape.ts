/**
 * User text made inert for Teams. Cards put people's words only in TextRuns, which Adaptive
 * Cards never read as markdown; these helpers cover what a TextRun still lets through and the
 * few fields that are read as markdown (fallbackText).
 */

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Plain text for a TextRun: no control characters, and no `<` that Teams could read as the
 * start of an `<at>` mention or another tag. A word joiner after `<` keeps the character visible
 * but breaks the tag; `&` likewise, so `&amp;` is shown as typed instead of decoded.
 */
export function inert(text: string): string {
  return text.replace(CONTROL, '').replace(/</g, '<\u2060').replace(/&/g, '&\u2060');
}

const MARKDOWN = /[\\`*_{}[\]()#+\-.!|~>]/g;

/** Text for a field Teams renders as markdown: every markdown character backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return inert(text).replace(MARKDOWN, (c) => `\\${c}`);
}
