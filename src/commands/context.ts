/** What every command handler needs from the running service. */
import type { DigestLinks } from '../digest/links.ts';
import type { Clock } from '../ports.ts';
import type { Db } from '../register/tx.ts';
import type { SendNow } from '../reminders/send-now.ts';

export interface CommandContext {
  readonly db: Db;
  readonly clock: Clock;
  /** Signs links to digest documents; without it a digest says how to export one. */
  readonly digestLinks?: DigestLinks;
  /** Sends a notice at once (`chase`); without it the notice waits for the next pass. */
  readonly sendNow?: SendNow;
}
