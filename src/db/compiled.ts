/**
 * Queries that run on every command, compiled once per engine. Kysely builds an operation tree
 * and compiles it to SQL text on every call; for the few queries each command runs, that is
 * done once, with a marker in each argument's place, and every run binds its own values to the
 * same SQL by position (the statement cache in connect.ts then reuses the prepared statement).
 *
 *   const actionByRef = compiledOnce((db, ref: string) =>
 *     db.selectFrom('actions').selectAll().where('ref', '=', ref),
 *   );
 *   const rows = await actionByRef.execute(db, 'LCRB-12');
 *
 * `build` must use its arguments only as values (in `where`, `set`, `values`, `limit`), never
 * to decide the query's shape: it runs once, with markers, not with the real values.
 */
import { createQueryId, type Compilable, type CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { engineOf, type Engine } from './engine.ts';

/** Stands in for argument `index` while the query is compiled. */
class Argument {
  constructor(readonly index: number) {}
}

export interface CompiledOnce<A extends readonly unknown[], R> {
  /** Runs the query with these arguments; its rows. */
  execute(db: Kysely<Database>, ...args: A): Promise<R[]>;
  /** The compiled query with these arguments bound, e.g. for `db.executeQuery`. */
  bind(db: Kysely<Database>, ...args: A): CompiledQuery<R>;
}

export function compiledOnce<A extends readonly unknown[], R>(
  build: (db: Kysely<Database>, ...args: A) => Compilable<R>,
): CompiledOnce<A, R> {
  const arity = build.length - 1;
  const byEngine = new Map<Engine, CompiledQuery<R>>();
  const template = (db: Kysely<Database>): CompiledQuery<R> => {
    const engine = engineOf(db);
    let compiled = byEngine.get(engine);
    if (!compiled) {
      const markers = Array.from({ length: arity }, (_, i) => new Argument(i)) as unknown as A;
      compiled = build(db, ...markers).compile();
      const used = new Set(
        compiled.parameters.filter((p) => p instanceof Argument).map((p) => p.index),
      );
      // An argument that never became a parameter was used to shape the query, not as a value.
      if (used.size !== arity) throw new Error('compiledOnce: every argument must be a value');
      byEngine.set(engine, compiled);
    }
    return compiled;
  };
  const bind = (db: Kysely<Database>, ...args: A): CompiledQuery<R> => {
    const compiled = template(db);
    return {
      sql: compiled.sql,
      query: compiled.query,
      queryId: createQueryId(),
      parameters: compiled.parameters.map((p) => (p instanceof Argument ? args[p.index] : p)),
    };
  };
  return {
    bind,
    async execute(db, ...args) {
      return (await db.executeQuery(bind(db, ...args))).rows;
    },
  };
}
