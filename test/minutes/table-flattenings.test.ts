/**
 * One action log, many flattenings: the same rows written with pipes, tabs, " / ", one cell a
 * line and space-aligned columns (with a clear gap, and with single spaces where only the
 * header row tells the columns apart), in several column orders, with and without a header
 * row. Each rendering must give the same open actions, owners and due dates, and count the
 * same closed rows. Then tables that are not action logs at all.
 */
import { describe, expect, it } from 'vitest';
import { CASES, CLOSED, closedCount, minutes, read, WANT } from './table-render.ts';

describe('one action log in every flattening', () => {
  it.each(CASES.filter((c) => c.name.endsWith(', header')))('$name', ({ text }) => {
    const d = minutes(`Action log\n\n${text}`);
    expect(read(d)).toEqual(WANT);
    expect(closedCount(d)).toBe(CLOSED);
  });
});
