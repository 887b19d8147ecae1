/** What every command handler needs from the running service. */
import type { DigestLinks } from '../digest/links.ts';
import type { Clock } from '../ports.ts';
import type { Db } from '../register/tx.ts';

export interface CommandContext {
  readonly db: Db;
  readonly clock: Clock;
  /** Signs links to digest documents; without it a digest says how to export one. */
  readonly digestLinks?: DigestLinks;
}
