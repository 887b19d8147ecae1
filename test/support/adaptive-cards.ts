/**
 * Microsoft's own Adaptive Cards library (the `adaptivecards` package, which Teams' web client
 * is built on) as a checker: a card is parsed the way a host parses it and then validated, and
 * every event either step logs is returned. The library needs a DOM, so jsdom supplies one.
 */
import { JSDOM } from 'jsdom';

type AdaptiveCardsModule = typeof import('adaptivecards');
let loaded: Promise<AdaptiveCardsModule> | undefined;

/** Loads the library once, with jsdom's window and document as its globals. */
export function adaptiveCards(): Promise<AdaptiveCardsModule> {
  loaded ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    const g = globalThis as Record<string, unknown>;
    for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'Node'] as const) {
      if (!(key in g) || g[key] === undefined) {
        Object.defineProperty(g, key, {
          value: (dom.window as unknown as Record<string, unknown>)[key],
          configurable: true,
          writable: true,
        });
      }
    }
    return import('adaptivecards');
  })();
  return loaded;
}

export interface CardCheck {
  /** "Parse: UnknownElementType: ..." for each event logged, empty when the card is clean. */
  readonly problems: string[];
}

/** Parses and validates one card as a host does; every logged event is a problem. */
export async function checkCard(json: unknown): Promise<CardCheck> {
  const ac = await adaptiveCards();
  const card = new ac.AdaptiveCard();
  const context = new ac.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`${ac.ValidationPhase[e.phase]}: ${ac.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) {
    problems.push(`${ac.ValidationPhase[e.phase]}: ${ac.ValidationEvent[e.event]}: ${e.message}`);
  }
  return { problems };
}

/** Every object in a card with a `type`, walked depth first. */
export function cardObjects(value: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.type === 'string') out.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  return out;
}

/** All the text a card shows (TextRun, TextBlock, titles, placeholders, fallback). */
export function cardTexts(value: unknown): string[] {
  const texts: string[] = [];
  for (const o of cardObjects(value)) {
    for (const key of ['text', 'title', 'placeholder', 'label', 'fallbackText'] as const) {
      if (typeof o[key] === 'string') texts.push(o[key]);
    }
  }
  return texts;
}
