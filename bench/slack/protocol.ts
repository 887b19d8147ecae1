/** Messages between the Slack benchmarks and the process they load (service-child.ts). */
export const BENCH_SIGNING_SECRET = 'bench-signing-secret-5d1e';
export const BENCH_TEAM = 'TBENCH';

export interface BenchUser {
  /** The Slack user id linked to an owner. */
  readonly userId: string;
  /** One open action that owner may update. */
  readonly ref: string;
}

export type ChildReady = {
  readonly type: 'ready';
  /** Where signed Slack requests go. */
  readonly url: string;
  readonly users: readonly BenchUser[];
};

export type ChildRequest =
  { readonly type: 'rss'; readonly gc: boolean } | { readonly type: 'stop' };

export type ChildRss = {
  readonly type: 'rss';
  readonly rssBytes: number;
  /** The live JavaScript heap, which (unlike RSS) shrinks after a collection. */
  readonly heapUsedBytes: number;
  readonly gcRan: boolean;
};
