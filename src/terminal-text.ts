/**
 * Text on its way to a terminal: C0 and C1 control characters and DEL removed (ESC sequences
 * could move the cursor, retitle the window or hide lines; BEL rings), newlines and tabs kept,
 * and a CR kept only as part of CRLF so a CSV keeps its line ends. Bidi overrides go too: a
 * terminal would show text reordered. Older data may predate the check of people's text.
 */
const UNSAFE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, '');
}
