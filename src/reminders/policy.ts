/**
 * A board's reminder policy: when before each meeting its owners are chased. Stored as JSON in
 * boards.reminder_policy (null means the defaults) and validated here, at the edge.
 *
 *   const policy = parsePolicy('{"leadDays":[10,3],"sendTime":"08:30"}');
 *   reminderTime('2026-12-08T10:00:00.000Z', 7, policy.policy, 'Europe/London');
 */
import { DateTime } from 'luxon';
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((v) => DateTime.fromISO(v).isValid, 'expected a real calendar date');

export const reminderPolicySchema = z
  .object({
    /** Days before the meeting a reminder goes out; each gives one reminder per owner. */
    leadDays: z
      .array(z.number().int().min(0).max(90))
      .max(10)
      .default([7, 2])
      // Largest first, without repeats: [2, 7, 7] and [7, 2] are the same policy.
      .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
    /** Local time of day in the board's zone, HH:mm. */
    sendTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm, e.g. 09:00')
      .default('09:00'),
    /** ISO weekdays reminders may go out on (1 = Monday ... 7 = Sunday). */
    workingDays: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'expected at least one working day')
      .default([1, 2, 3, 4, 5]),
    /** Bank holidays and office closures (YYYY-MM-DD): treated like weekends. */
    nonWorkingDates: z.array(isoDate).default([]),
    /** Days before the meeting the digest goes to the secretariat (read by the digest). */
    digestLeadDays: z.number().int().min(0).max(90).optional(),
    /**
     * Days before an action's own due date (an action due on a date, not at a meeting) its
     * reminders go out; absent means the same as leadDays.
     */
    dateLeadDays: z
      .array(z.number().int().min(0).max(90))
      .max(10)
      .transform((days) => [...new Set(days)].sort((a, b) => b - a))
      .optional(),
    /** Overdue actions are chased once per this many days, until updated or closed. */
    overdueEveryDays: z.number().int().min(1).max(90).default(7),
  })
  .strict();

export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;

export const DEFAULT_POLICY: ReminderPolicy = reminderPolicySchema.parse({});

export type PolicyOutcome =
  | { readonly ok: true; readonly policy: ReminderPolicy }
  | { readonly ok: false; readonly hint: string };

const EXAMPLE = '{"leadDays":[7,2],"sendTime":"09:00","nonWorkingDates":["2026-12-25"]}';

/** Reads a stored or typed policy; null or empty means the defaults. */
export function parsePolicy(json: string | null | undefined): PolicyOutcome {
  if (json === null || json === undefined || json.trim() === '')
    return { ok: true, policy: DEFAULT_POLICY };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, hint: `The reminder policy is not valid JSON. Try: ${EXAMPLE}` };
  }
  const parsed = reminderPolicySchema.safeParse(raw);
  if (parsed.success) return { ok: true, policy: parsed.data };
  const problems = parsed.error.issues
    .map((i) => `${i.path.join('.') || 'policy'}: ${i.message}`)
    .join('; ');
  return { ok: false, hint: `The reminder policy has problems (${problems}). Try: ${EXAMPLE}` };
}

/** True when reminders may go out on this local calendar day. */
export function isWorkingDay(day: DateTime, policy: ReminderPolicy): boolean {
  return (
    policy.workingDays.includes(day.weekday) && !policy.nonWorkingDates.includes(day.toISODate()!)
  );
}

/**
 * When the reminder `leadDays` before a meeting goes out: that many calendar days before the
 * meeting's local date, moved back to the previous working day, at the send time in the board's
 * zone. Luxon does the zone arithmetic, so 09:00 stays 09:00 local across clock changes.
 */
function computeReminderTime(
  meetingStartsAt: string,
  leadDays: number,
  policy: ReminderPolicy,
  zone: string,
): DateTime {
  const [hour, minute] = policy.sendTime.split(':').map(Number) as [number, number];
  let day = DateTime.fromISO(meetingStartsAt, { zone: 'utc' })
    .setZone(zone)
    .startOf('day')
    .minus({ days: leadDays });
  // At most a fortnight back: a policy with no working day in reach would be a bug, not a loop.
  for (let i = 0; i < 14 && !isWorkingDay(day, policy); i++) day = day.minus({ days: 1 });
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toUTC();
}

/**
 * reminderTime is pure and the planner asks it about the same meetings every minute; luxon's
 * zone arithmetic costs ~0.1 ms a call, so answers are remembered (a bounded cache, emptied
 * when full).
 */
const remembered = new Map<string, DateTime>();
const REMEMBER_AT_MOST = 20_000;

export function reminderTime(
  meetingStartsAt: string,
  leadDays: number,
  policy: ReminderPolicy,
  zone: string,
): DateTime {
  const key = `${meetingStartsAt}|${leadDays}|${zone}|${policy.sendTime}|${policy.workingDays.join(',')}|${policy.nonWorkingDates.join(',')}`;
  const known = remembered.get(key);
  if (known) return known;
  const at = computeReminderTime(meetingStartsAt, leadDays, policy, zone);
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
  remembered.set(key, at);
  return at;
}
