/**
 * What the grammar reads a line into: a typed Command, or a hint saying what to type instead.
 * Types only; src/commands/grammar.ts makes them.
 */
import type { Status } from '../domain.ts';
import type { OutstandingFilter } from '../message.ts';

/** An owner as typed: a person to look up, or a group named as the minutes name it. */
export type OwnerSpec =
  | { readonly kind: 'person'; readonly query: string }
  | { readonly kind: 'group'; readonly name: string };

export type Command =
  | { readonly name: 'help'; readonly topic?: string }
  /** `from`: the 1-based position a later page starts at (`mine from 21`). */
  | { readonly name: 'mine'; readonly from?: number }
  | { readonly name: 'boards' }
  | { readonly name: 'show'; readonly ref: string }
  | {
      readonly name: 'update';
      readonly ref: string;
      readonly status: Status;
      readonly note?: string;
    }
  | { readonly name: 'note'; readonly ref: string; readonly text: string }
  | {
      readonly name: 'outstanding';
      readonly board?: string;
      readonly filter?: OutstandingFilter;
      /** Set when it was asked in words ("what's overdue?"): the reply shows the command. */
      readonly asked?: boolean;
      /** The 1-based position a later page starts at (`outstanding lcrb from 21`). */
      readonly from?: number;
    }
  | {
      readonly name: 'add';
      readonly board: string;
      readonly owners: readonly OwnerSpec[];
      readonly text: string;
      /** As typed after "due": "next meeting", "2026-12-07", "7 Dec". */
      readonly due?: string;
    }
  | { readonly name: 'assign'; readonly ref: string; readonly owners: readonly OwnerSpec[] }
  /** The pre-meeting digest; `public` leaves out restricted actions. */
  | { readonly name: 'digest'; readonly board?: string; readonly edition: 'full' | 'public' }
  /** After a meeting: the board agreed to close every action completed before it. */
  | { readonly name: 'close-agreed'; readonly board?: string }
  /** Secretariat: corrects an action's wording or due date; each change is in the history. */
  | { readonly name: 'edit'; readonly ref: string; readonly change: EditSpec }
  /** Secretariat: hides an action from the public edition, or shows it again. */
  | { readonly name: 'restrict'; readonly ref: string }
  | { readonly name: 'publish'; readonly ref: string }
  /**
   * `link @someone "Name"`: Slack and Teams read it themselves (it names a platform user); where
   * it reaches the grammar (the local chat) the reply says where and how to type it.
   */
  | { readonly name: 'link' }
  /** Secretariat: removes a person's linked accounts (one platform when named). */
  | { readonly name: 'unlink'; readonly person: string; readonly platform?: 'slack' | 'teams' }
  /** Secretariat: remind an action's owners, or a person of all their open actions, at once. */
  | { readonly name: 'chase'; readonly target: ChaseTarget };

/** What `chase` names: one action, or a person (initials, a quoted name, an email). */
export type ChaseTarget =
  | { readonly kind: 'action'; readonly ref: string }
  | { readonly kind: 'person'; readonly query: string };

/** Which of a board's outstanding actions to list. */
export type { OutstandingFilter };

export type EditSpec =
  | { readonly field: 'text'; readonly text: string }
  /** As typed after "due": "next meeting", a meeting's date, "2027-02-01". */
  | { readonly field: 'due'; readonly due: string };

export type CommandName = Command['name'];

export type Parsed =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly hint: string };
