/**
 * The shape of a hand annotation in corpus/expected/<id>.json: what a perfect importer returns
 * from that text. Checked at load so a malformed file is reported and skipped, not half-scored.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const dated = z.object({ date: isoDate }).passthrough().nullable();

export const expectedSchema = z.object({
  source: z.string(),
  // `retired`: held out until it had been measured many times, then tuned on (corpus/README.md).
  split: z.enum(['tune', 'retired', 'holdout']),
  shape: z.string(),
  board: z.string().nullable(),
  meeting: dated,
  nextMeeting: dated,
  attendees: z.array(z.object({ name: z.string().min(1), initials: z.string().nullable() })),
  apologies: z.array(z.string()),
  actions: z.array(
    z.object({
      ref: z.string().nullable(),
      text: z.string().min(1),
      owners: z.array(z.string()),
      ownersAsWritten: z.string().nullable(),
      due: isoDate.nullable(),
    }),
  ),
  closedRows: z.number().int().min(0),
  implicit: z.array(z.object({ text: z.string().min(1), owner: z.string().nullable() })),
  traps: z.array(z.string()),
});
export type Expected = z.infer<typeof expectedSchema>;
export type Split = Expected['split'];
export const SPLITS = ['tune', 'retired', 'holdout'] as const satisfies readonly Split[];
