/** An action or suggestion as found in the text, before owners are resolved. */
import type { ActionKind } from './draft.ts';
import type { OwnerToken } from './owners.ts';

export interface Found {
  readonly kind: ActionKind;
  readonly ref: string | null;
  readonly text: string;
  readonly ownersAsWritten: string | null;
  readonly owners: readonly OwnerToken[];
  /** A date the row or sentence states (tables have a Due column). */
  readonly dueText?: string | null;
  /** 0..1 before owner resolution adjusts it. */
  readonly confidence: number;
  readonly flags?: readonly string[];
}
