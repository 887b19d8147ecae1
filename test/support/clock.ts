import type { Clock } from '../../src/ports.ts';

/** A clock tests move by hand, across clock changes too, instead of sleeping. */
export class FakeClock implements Clock {
  private current: Date;
  constructor(start: string | Date = '2026-11-25T09:00:00.000Z') {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: string | Date): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
