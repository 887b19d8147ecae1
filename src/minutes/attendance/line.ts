/**
 * One line of an attendance list, whatever its shape: the reader for the line's form is chosen
 * here (one initialled person, table cells, initials or first names alone, a plural title over
 * surnames, a role then its holder, or names run together with their roles and organisations).
 */
import { findNames, type FindOptions } from '../names.ts';
import { squash } from '../text.ts';
import { fromCells } from './columns.ts';
import { unglue, type Parsed } from './person.ts';
import { fromRun, initialledPerson, roleThenName, splitRunOn } from './run-line.ts';
import { closeBrackets, initialsList, singleNames, titledList } from './surname-lists.ts';

/** The people on one line of a list; `warnings` hears of names split at glued capitals. */
export function readLine(
  raw: string,
  labelRole: string | null,
  opts: FindOptions,
  warnings: string[],
): Parsed[] {
  const names = (t: string) => findNames(t, opts);
  const glued = /[a-z][A-Z]{2,}[A-Z][a-z]/.test(raw);
  // "... and Cllr Yarwood.": the full stop that ends the list is not part of the name.
  const line = closeBrackets(
    unglue(raw)
      // "County Councillor Anne Dale was in attendance": the verb closes the list.
      .replace(/\s+(?:was|were) (?:also )?(?:present|in attendance)\b.*$/, '')
      .replace(/([a-z)])\.$/, '$1'),
  );
  // "Glenys Johnston / Independent Chair / By Phone": a table flattened with " / " or " | ".
  const cells = line
    .split(/\t+|\s{3,}|\s+[/|]\s+|\s+[/|]$/)
    .map((c) => c.trim())
    .filter(Boolean);
  let parsed: Parsed[] = [];
  const one = initialledPerson(line, opts);
  if (one) return [{ ...one, role: one.role ?? labelRole }];
  if (cells.length > 1) {
    const one = fromCells(cells, labelRole, opts);
    if (one) parsed = [one];
  }
  if (!parsed.length)
    parsed = initialsList(line) ?? singleNames(line) ?? titledList(line, opts) ?? [];
  if (!parsed.length) {
    const dashed = roleThenName(line, opts);
    if (dashed) parsed = [dashed];
  }
  if (!parsed.length) {
    // "Board: Mayor Boris Johnson, Kit Malthouse AM, ..." lists several people on one line.
    const items = names(line).length > 1 && /[,;]/.test(line) ? line.split(/\s*[,;]\s*/) : [line];
    for (const item of splitRunOn(items, opts)) parsed.push(...fromRun(item, labelRole, opts));
  }
  if (glued && parsed.length > 1)
    warnings.push(
      `An attendee line ran ${parsed.length} names together ("${squash(raw).slice(0, 60)}"); they were split at the capitals: please check.`,
    );
  return parsed;
}
