/**
 * The neutral message model. Command logic builds Messages once; each adapter renders them
 * (Block Kit, Adaptive Cards, console text). Every string here is plain text as people wrote
 * it: the renderer escapes it for its platform, so nothing user-written is ever trusted as markup.
 */
import type { Platform, Rag, Status } from './domain.ts';

/** A run of text with at most one emphasis. */
export type Span = string | { readonly text: string; readonly style: 'bold' | 'italic' | 'code' };

export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly spans: readonly Span[] }
  /** Small print: counts, hints, timestamps. */
  | { readonly kind: 'context'; readonly spans: readonly Span[] }
  /**
   * `line`: one line per action for long lists (ref, RAG, due, status, the text cut short) with
   * a button that opens the full card; `full` (the default) is the whole card with its buttons.
   */
  | { readonly kind: 'action'; readonly card: ActionCard; readonly layout?: 'full' | 'line' }
  | { readonly kind: 'table'; readonly table: Table }
  | { readonly kind: 'buttons'; readonly buttons: readonly Button[] }
  /** Links to documents (the action log): Slack `<url|label>`, Teams Action.OpenUrl buttons. */
  | { readonly kind: 'links'; readonly label: string; readonly links: readonly Link[] }
  | { readonly kind: 'divider' };

/** A link the service made (a signed document URL); the label is ours, never people's text. */
export interface Link {
  readonly label: string;
  readonly url: string;
}

export interface Message {
  /** Plain-text summary: notification text, screen readers, and platforms without rich text. */
  readonly summary: string;
  readonly blocks: readonly Block[];
  /**
   * Set on a page of a list (`mine`, `outstanding`): how to read this same page again, for
   * whoever asks (Teams reads it again when a card is opened). It says where, never what.
   */
  readonly list?: PageIntent;
}

export interface LatestUpdate {
  readonly at: string;
  readonly who: string;
  readonly note: string | null;
  readonly status: Status | null;
}

export interface ActionCard {
  readonly ref: string;
  readonly boardName: string;
  readonly minuteRef: string | null;
  readonly text: string;
  readonly owners: readonly string[];
  /** As the secretariat says it: "next meeting (2 Dec 2026)", or a date. */
  readonly due: string;
  readonly status: Status;
  readonly rag: Rag;
  /** Past its due point now. Red alone does not say so: a carried-forward action is red too. */
  readonly overdue?: boolean;
  readonly carriedForward: number;
  readonly latest: LatestUpdate | null;
  /** Included by `show`: the whole history, oldest first. */
  readonly history?: readonly HistoryLine[];
  readonly buttons: readonly Button[];
  /**
   * The chat accounts linked to the owners, when the card was read with them: a platform may
   * address the card to its owners (Teams: who its refresh is for). Never shown as text.
   */
  readonly ownerAccounts?: readonly OwnerAccount[];
}

/** A chat account linked to one of an action's owners. */
export interface OwnerAccount {
  readonly platform: Platform;
  readonly userId: string;
  /** How the platform reaches them, as its adapter stored it (Teams: a conversation reference). */
  readonly conversationRef: string | null;
}

export interface HistoryLine {
  readonly at: string;
  readonly who: string;
  readonly source: string;
  readonly what: string;
  readonly note: string | null;
}

/** What pressing a button asks the core to do. Adapters encode it in the platform's payload. */
export type ButtonIntent =
  | {
      readonly kind: 'set_status';
      readonly ref: string;
      readonly status: Status;
      readonly version: number;
    }
  /**
   * Open a form (Slack modal, Teams card input) for a status and a note. `statuses`: the ones
   * this person may set, so the form offers no choice the server would refuse (the server
   * checks again on submit).
   */
  | {
      readonly kind: 'add_update';
      readonly ref: string;
      readonly version: number;
      readonly statuses?: readonly Status[];
    }
  | { readonly kind: 'show'; readonly ref: string }
  /** A board's outstanding list (the Home tab's per-board button). */
  | { readonly kind: 'outstanding'; readonly board: string }
  /** A thread reply that could belong to several actions: attach the held note to this one. */
  | { readonly kind: 'attach_note'; readonly ref: string; readonly noteKey: string }
  /** The next page of a long list (`mine`, `outstanding`); the server checks who may see it. */
  | PageIntent
  /**
   * The secretariat's forms: pressed, they open an ActionForm; the form's Submit sends the same
   * intent back with the form's values (ActionFormValues), checked again on the server.
   */
  | { readonly kind: 'new_action'; readonly board: string }
  /** `version`: the one the form was filled in from; a newer one refuses the submission. */
  | { readonly kind: 'edit_action'; readonly ref: string; readonly version: number };

/** The intents that open the add and edit forms. */
export type FormIntent = Extract<ButtonIntent, { kind: 'new_action' | 'edit_action' }>;

/** One choice in a form's list: `value` is ours (a person's id, `next`, `meeting:12`). */
export interface FormChoice {
  readonly value: string;
  readonly label: string;
}

/**
 * The add or edit form, as the core describes it; each adapter draws it (a Slack modal, an
 * Adaptive Card) and sends its values back with `submit`. Labels and text are plain, as people
 * wrote them: the renderer escapes them.
 */
export interface ActionForm {
  /** Sent back with the values; for an edit it carries the version the form shows. */
  readonly submit: FormIntent;
  /** "New action: LCRB" or "Edit LCRB-7". */
  readonly title: string;
  readonly boardName: string;
  /** The action's text; empty for a new one. */
  readonly text: string;
  /** The board's people, value = person id. */
  readonly people: readonly FormChoice[];
  /** The values of `people` already owning the action (pre-selected). */
  readonly owners: readonly string[];
  /** Group owners ("MOPAC officers"): a form picks people, so these are kept as they are. */
  readonly groups: readonly string[];
  /** `next` (the next meeting) and the board's upcoming meetings (`meeting:<id>`). */
  readonly dueChoices: readonly FormChoice[];
  /** What is due now: one of dueChoices, or a date (YYYY-MM-DD); both null for no date set. */
  readonly due: { readonly choice: string | null; readonly date: string | null };
  readonly restricted: boolean;
}

/** A chat account picked in a form's people picker (Slack's users_select). */
export interface PickedAccount {
  readonly platform: Platform;
  readonly workspaceId: string;
  readonly userId: string;
}

/** What a submitted form holds, as the adapter read it (checked with zod at the edge). */
export interface ActionFormValues {
  readonly text: string;
  /** Values of the form's `people` that were chosen. */
  readonly owners: readonly string[];
  /** Chat accounts picked as owners; each must be linked to a person in the register. */
  readonly accounts?: readonly PickedAccount[];
  /** One of the form's dueChoices, or null. */
  readonly dueChoice: string | null;
  /** A date (YYYY-MM-DD) picked instead; it wins over dueChoice. */
  readonly dueDate: string | null;
  readonly restricted: boolean;
}

/** The fields of the add and edit form, to show a refusal beside the one it is about. */
export type FormField = 'text' | 'owners' | 'accounts' | 'due';

export const PAGE_VIEWS = ['mine', 'outstanding'] as const;
/** What `outstanding` is narrowed to: overdue, carried forward twice or more, or one owner. */
export type OutstandingFilter =
  | { readonly kind: 'overdue' }
  | { readonly kind: 'carried' }
  | { readonly kind: 'owner'; readonly query: string };
export type PageView = (typeof PAGE_VIEWS)[number];
export interface PageIntent {
  readonly kind: 'page';
  readonly view: PageView;
  /** `outstanding` only: the board's slug, as typed; omitted for every board the actor sits on. */
  readonly board?: string;
  /** `outstanding` only: what the list was narrowed to, so every page keeps it. */
  readonly filter?: OutstandingFilter;
  /** How many actions the earlier pages showed. */
  readonly offset: number;
}

export interface Button {
  readonly label: string;
  readonly intent: ButtonIntent;
  readonly style?: 'primary' | 'danger';
}

export interface Table {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Builders, so command code reads like the message it makes. */
export const bold = (text: string): Span => ({ text, style: 'bold' });
export const italic = (text: string): Span => ({ text, style: 'italic' });
export const code = (text: string): Span => ({ text, style: 'code' });
export const heading = (text: string): Block => ({ kind: 'heading', text });
export const paragraph = (...spans: Span[]): Block => ({ kind: 'paragraph', spans });
export const context = (...spans: Span[]): Block => ({ kind: 'context', spans });

export function spanText(span: Span): string {
  return typeof span === 'string' ? span : span.text;
}

/** A one-paragraph reply: refusals, confirmations, hints. */
export function reply(...spans: Span[]): Message {
  return { summary: spans.map(spanText).join(''), blocks: [paragraph(...spans)] };
}
