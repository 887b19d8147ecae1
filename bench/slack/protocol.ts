/** Messages between the Slack benchmarks and the process they load (service-child.ts). */
export const BENCH_SIGNING_SECRET = 'bench-signing-secret-5d1e';
export const BENCH_TEAM = 'TBENCH';
export const BENCH_TEAMS_APP_ID = '00000000-0000-4000-8000-00000000be4c';
export const BENCH_TEAMS_TENANT = '00000000-0000-4000-8000-0000000000aa';

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
  /** The messengers the process started (the service: console, slack, teams). */
  readonly platforms: readonly string[];
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
