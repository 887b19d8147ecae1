/**
 * A forum's attendance as one row per member body under "Present:" ("Riverside East: Jo Hart,
 * Apologies from Ann Lee", "Hill Ward: No rep"): the label is a place even when it has the shape
 * of a name, a row that says nobody came names nobody, and those the row says sent apologies are
 * apologies, not attendees. Every minute here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const read = (rows: string) => {
  const d = parseMinutes(
    `Annual General Meeting of the Riverside Community Council Forum\nMonday 2nd June 2025 @ 19:00 in Mill Hall\nPresent:\n${rows}\n2) Chair's Report\nThe chair thanked all the members for their work over the year.\n`,
  );
  return { attendees: d.attendees.map((a) => a.name), apologies: d.apologies };
};

describe("a member body's row of those present", () => {
  it.each([
    ['Riverside East: Apologies from Colin Vane'],
    ['Riverside East: Ruth Gale, Apologies from Colin Vane'],
    ['Riverside East: Ruth Gale; apologies received from Colin Vane'],
    ['Riverside East: Ruth Gale - Apologies: Colin Vane'],
  ])('takes the apologies noted in the row: %s', (row) => {
    const got = read(`${row}\nMillbrook: Omar Said (OS) (Forum Chair)`);
    expect(got.attendees).not.toContain('Colin Vane');
    expect(got.apologies).toContain('Colin Vane');
    expect(got.attendees).toContain('Omar Said');
  });

  it.each([
    ['Glen Norton: Ruth Gale'],
    ['Old Harbour: Ruth Gale (RG) (Forum Treasurer)'],
    ['Kings Park: Ruth Gale, Tom Ince'],
  ])('does not take a place label shaped like a name: %s', (row) => {
    const got = read(`${row}\nMillbrook: Omar Said`);
    expect(got.attendees).toEqual(expect.arrayContaining(['Ruth Gale', 'Omar Said']));
    expect(got.attendees.some((n) => /Norton|Harbour|Kings/.test(n))).toBe(false);
  });

  it.each([
    ['Glen Norton and Central: No working CC'],
    ['Hazel Grove: No rep'],
    ['Kings Park: Vacant'],
    ['Ashby Vale: Not represented'],
  ])('takes nobody from a row that says nobody came: %s', (row) => {
    expect(read(`Millbrook: Omar Said\n${row}\nFernside: Ruth Gale`).attendees).toEqual([
      'Omar Said',
      'Ruth Gale',
    ]);
  });

  it("keeps a person's own label with an office after it", () => {
    expect(read('Ruth Gale: Chair\nOmar Said: Secretary').attendees).toEqual([
      'Ruth Gale',
      'Omar Said',
    ]);
  });
});
