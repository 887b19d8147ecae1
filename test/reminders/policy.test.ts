import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy, reminderTime } from '../../src/reminders/policy.ts';

const LONDON = 'Europe/London';
const at = (meeting: string, lead: number, policy = DEFAULT_POLICY, zone = LONDON) =>
  reminderTime(meeting, lead, policy, zone).toISO();

describe('reminder policy', () => {
  it('defaults to 7 and 2 days before, at 09:00, Monday to Friday', () => {
    expect(parsePolicy(null)).toEqual({
      ok: true,
      policy: {
        leadDays: [7, 2],
        sendTime: '09:00',
        workingDays: [1, 2, 3, 4, 5],
        nonWorkingDates: [],
        overdueEveryDays: 7,
      },
    });
  });

  it('reads a board policy, largest lead first, and keeps the digest lead time', () => {
    const parsed = parsePolicy('{"leadDays":[2,10,2],"sendTime":"08:30","digestLeadDays":5}');
    expect(parsed).toMatchObject({
      ok: true,
      policy: { leadDays: [10, 2], sendTime: '08:30', digestLeadDays: 5 },
    });
  });

  it('refuses a bad policy and says what to type instead', () => {
    const bad = parsePolicy('{"leadDays":[7],"sendTime":"9am","nonWorkingDates":["25/12/2026"]}');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.hint).toContain('sendTime: expected a time as HH:mm');
    expect(bad.hint).toContain('nonWorkingDates.0: expected a date as YYYY-MM-DD');
    expect(bad.hint).toContain('Try: {"leadDays":[7,2]');
    expect(parsePolicy('{leadDays: 7')).toMatchObject({
      ok: false,
      hint: expect.stringContaining('not valid JSON'),
    });
    expect(parsePolicy('{"leadDays":[7],"colour":"red"}').ok).toBe(false);
  });

  it('sends at 09:00 London time on both sides of the October clock change', () => {
    // Meeting Wed 28 Oct 2026 10:00 GMT; the clocks went back on Sunday 25 October.
    const meeting = '2026-10-28T10:00:00.000Z';
    expect(at(meeting, 7)).toBe('2026-10-21T08:00:00.000Z'); // 09:00 BST
    expect(at(meeting, 2)).toBe('2026-10-26T09:00:00.000Z'); // 09:00 GMT
  });

  it('sends at 09:00 London time on both sides of the March clock change', () => {
    // Meeting Wed 31 Mar 2027 10:00 BST; the clocks go forward on Sunday 28 March.
    const meeting = '2027-03-31T09:00:00.000Z';
    expect(at(meeting, 7)).toBe('2027-03-24T09:00:00.000Z'); // 09:00 GMT
    expect(at(meeting, 2)).toBe('2027-03-29T08:00:00.000Z'); // 09:00 BST
  });

  it('moves a reminder that would fall at the weekend to the Friday before', () => {
    // Tuesday 8 Dec: two days before is Sunday 6 Dec.
    expect(at('2026-12-08T10:00:00.000Z', 2)).toBe('2026-12-04T09:00:00.000Z');
    // Monday 7 Dec: two days before is Saturday 5 Dec.
    expect(at('2026-12-07T10:00:00.000Z', 2)).toBe('2026-12-04T09:00:00.000Z');
    expect(at('2026-12-07T10:00:00.000Z', 7)).toBe('2026-11-30T09:00:00.000Z');
  });

  it('skips the non-working dates a board lists, such as bank holidays', () => {
    const parsed = parsePolicy('{"nonWorkingDates":["2026-12-25","2026-12-22"]}');
    if (!parsed.ok) throw new Error(parsed.hint);
    // Meeting Tue 29 Dec: 7 days before is Tue 22 (listed) -> Mon 21; 2 days before is Sun 27,
    // Fri 25 is Christmas Day -> Thu 24.
    expect(at('2026-12-29T10:00:00.000Z', 7, parsed.policy)).toBe('2026-12-21T09:00:00.000Z');
    expect(at('2026-12-29T10:00:00.000Z', 2, parsed.policy)).toBe('2026-12-24T09:00:00.000Z');
  });

  it('reads the send time in the board zone, not London', () => {
    const parsed = parsePolicy('{"sendTime":"09:00"}');
    if (!parsed.ok) throw new Error(parsed.hint);
    expect(at('2026-12-08T15:00:00.000Z', 7, parsed.policy, 'America/New_York')).toBe(
      '2026-12-01T14:00:00.000Z',
    );
  });
});
