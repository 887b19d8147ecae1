/**
 * What the register-setup commands (board, meeting, person, member) accept, as zod schemas, and
 * `check`, which turns a refusal into a UsageError naming the argument. Imported by their actions
 * only, so `arising --help` does not load zod.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { ROLES } from '../domain.ts';
import { UsageError } from './shared.ts';

export const slug = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,39}$/,
    'a short name of lower-case letters, digits and hyphens, e.g. lcrb',
  );
export const prefix = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]{0,9}$/, 'letters and digits, e.g. LCRB');
export const zone = z
  .string()
  .refine((z) => DateTime.local().setZone(z).isValid, 'an IANA time zone, e.g. Europe/London');
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (24-hour)');
export const email = z.string().email('an email address');
export const name = z.string().trim().min(1, 'a name');
export const role = z.enum(ROLES, { message: `one of ${ROLES.join(', ')}` });

/** Validates one value, or stops with a message naming the argument and what it expects. */
export function check<T>(schema: z.ZodType<T>, value: unknown, argument: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new UsageError(
    `${argument}: expected ${parsed.error.issues[0]?.message ?? 'a valid value'} (got ${JSON.stringify(value)})`,
  );
}
