/** The App Home tab opened: it is published afresh (the person's actions, or how to be linked). */
import type { Client, SlackDeps } from './context.ts';
import { publishHome } from './respond.ts';

export async function onHomeOpened(
  deps: SlackDeps,
  client: Client,
  event: { tab?: string; user: string },
  body: unknown,
): Promise<void> {
  if (event.tab !== 'home') return;
  const teamId = String((body as { team_id?: string }).team_id ?? '');
  await publishHome(deps, client, teamId, event.user);
}
