import { describe, expect, it } from 'vitest';
import { DATED_LINK_DAYS, linkExpiry } from '../../../src/email-links/links.ts';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const DAY = 86_400_000;

describe('when an email link stops working', () => {
  it("ends with the meeting's day in the board's zone, the same however often it is asked", () => {
    const due = { meetingStartsAt: '2026-12-08T10:00:00.000Z', dueDate: null };
    for (const zone of ['Europe/London', 'Europe/London', 'Asia/Tokyo']) {
      const expected =
        zone === 'Asia/Tokyo' ? '2026-12-08T14:59:59.999Z' : '2026-12-08T23:59:59.999Z';
      expect(linkExpiry(due, zone, NOW).toISOString()).toBe(expected);
    }
  });

  it('gives a chase about a meeting already past the dated lifetime', () => {
    const due = { meetingStartsAt: '2026-11-20T10:00:00.000Z', dueDate: null };
    expect(linkExpiry(due, 'Europe/London', NOW).getTime()).toBe(
      NOW.getTime() + DATED_LINK_DAYS * DAY,
    );
  });

  it('lasts to the end of a due date, and at least the dated lifetime', () => {
    const far = { meetingStartsAt: null, dueDate: '2027-01-07' };
    expect(linkExpiry(far, 'Europe/London', NOW).toISOString()).toBe('2027-01-07T23:59:59.999Z');
    const near = { meetingStartsAt: null, dueDate: '2026-12-02' };
    expect(linkExpiry(near, 'Europe/London', NOW).getTime()).toBe(
      NOW.getTime() + DATED_LINK_DAYS * DAY,
    );
    const none = { meetingStartsAt: null, dueDate: null };
    expect(linkExpiry(none, 'Europe/London', NOW).getTime()).toBe(
      NOW.getTime() + DATED_LINK_DAYS * DAY,
    );
  });
});
