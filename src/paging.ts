/**
 * Long lists (`mine`, `outstanding`) come a page at a time, with a "Next" button whose intent
 * carries the view, the board, the filter (`outstanding overdue`) and how far the earlier pages
 * went. Nothing else rides on the
 * button: the server reads the list afresh for the person pressing it and checks again what they
 * may see, so an edited or forwarded button shows nobody anything more.
 *
 * Short lists keep the full cards with their buttons; longer ones are one line an action (each
 * with a button that opens the full card), which keeps a page within Slack's 50 blocks and a
 * Teams card's size.
 */
import { z } from 'zod';
import { PAGE_VIEWS, type Block, type PageIntent } from './message.ts';

export const PAGING = {
  /** Up to this many actions, the full cards; more, one line each. */
  fullCardsUpTo: 5,
  /** Actions on one page of the one-line layout. */
  pageSize: 20,
  /** The furthest a button may point; far beyond any board's register. */
  maxOffset: 100_000,
} as const;

/** A page intent as a button hands it back: checked, never trusted. */
export const pageIntentSchema = z.object({
  kind: z.literal('page'),
  view: z.enum(PAGE_VIEWS),
  board: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/)
    .optional(),
  filter: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('overdue') }),
      z.object({ kind: z.literal('carried') }),
      z.object({ kind: z.literal('owner'), query: z.string().min(1).max(200) }),
    ])
    .optional(),
  offset: z.number().int().min(0).max(PAGING.maxOffset),
}) satisfies z.ZodType<PageIntent>;

export interface Page<T> {
  readonly items: readonly T[];
  /** Index of the first item shown. */
  readonly offset: number;
  readonly total: number;
  /** Where the next page starts, or null on the last page. */
  readonly next: number | null;
  readonly layout: 'full' | 'line';
}

/** The slice of `items` a page shows, from `offset` (clamped to the list). */
export function pageOf<T>(items: readonly T[], offset = 0): Page<T> {
  const total = items.length;
  if (total <= PAGING.fullCardsUpTo && offset === 0)
    return { items, offset: 0, total, next: null, layout: 'full' };
  const start = Math.min(Math.max(0, offset), Math.max(0, total - 1));
  const end = Math.min(total, start + PAGING.pageSize);
  return {
    items: items.slice(start, end),
    offset: start,
    total,
    next: end < total ? end : null,
    layout: 'line',
  };
}

/** "Showing 21–40 of 60." and the Next button, after a page of the one-line layout. */
export function pageFooter(page: Page<unknown>, intent: Omit<PageIntent, 'offset'>): Block[] {
  if (page.layout === 'full') return [];
  const first = page.total ? page.offset + 1 : 0;
  const last = page.offset + page.items.length;
  const blocks: Block[] = [
    {
      kind: 'context',
      spans: [
        `Showing ${first}–${last} of ${page.total}. Press Open on an action for its full card and buttons.`,
      ],
    },
  ];
  if (page.next !== null) {
    const rest = page.total - page.next;
    blocks.push({
      kind: 'buttons',
      buttons: [
        {
          label: `Next ${Math.min(rest, PAGING.pageSize)} (of ${rest} more)`,
          intent: { ...intent, offset: page.next },
        },
      ],
    });
  }
  return blocks;
}
