/**
 * What a command needs to send a notice at once rather than at the next pass (`chase`): how the
 * deliverer would reach a person now, and a delivery of just the notices it queued. Wired by
 * src/main.ts from the service's messengers; without it (`arising chat` beside a running
 * service) a command queues and the service's next pass delivers.
 *
 *   const sendNow = createSendNow({ db, clock, messengers, instance, logger });
 *   const route = await sendNow.route(personId); // { ok: true, platform: 'slack' }
 *   await sendNow.deliver(['chase:person=3:action=12:day=2026-12-02']);
 */
import type { PersonId } from '../domain.ts';
import { deliverKeys, routeFor, type DelivererDeps } from './deliverer.ts';

export type ReachBy =
  | { readonly ok: true; readonly platform: string }
  | { readonly ok: false; readonly reason: string };

export interface SendNow {
  /** How a notice to this person would go now, as the deliverer routes it (routeFor). */
  route(personId: PersonId): Promise<ReachBy>;
  /** Delivers these queued notices now, if still pending. */
  deliver(keys: readonly string[]): Promise<void>;
}

export function createSendNow(deps: DelivererDeps): SendNow {
  return {
    async route(personId) {
      const route = await routeFor(
        deps.db,
        { person_id: personId, recipient: null },
        deps.messengers,
      );
      return route.ok ? { ok: true, platform: route.messenger.platform } : route;
    },
    async deliver(keys) {
      await deliverKeys(deps, keys);
    },
  };
}
