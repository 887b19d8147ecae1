/** Pieces every notice to an owner shares: their action cards, and the footer. */
import type { Action } from '../domain.ts';
import type { Actor } from '../access.ts';
import { buildCards } from '../cards.ts';
import type { Block } from '../message.ts';
import { code, context } from '../message.ts';
import type { Db } from '../register/tx.ts';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The footer of a reminder: where the owner's other actions and the commands are. */
export const otherActions = () =>
  context('Your other actions: type ', code('mine'), '. All commands: ', code('help'), '.');

/** The actions as cards, with the buttons `actor` may press (none for null). */
export async function cardBlocks(
  db: Db,
  actions: readonly Action[],
  now: Date,
  actor: Actor | null,
): Promise<Block[]> {
  const cards = await buildCards(db, actions, now, { actor });
  return cards.map((card) => ({ kind: 'action', card }));
}
