/**
 * Read queries of the reader site's hot paths, built with Kysely and compiled once per shape and
 * database; each run only fills in its values. Kysely otherwise builds and compiles the query
 * tree again on every call, which costs more than running a small indexed query.
 *
 * The contract a builder keeps (checked where it is cheap, once per shape): it passes its
 * values on as values (`where`, `limit`, a `sql` template's `${}`), and of a value it may
 * only test whether it is set (truthy) or an array's length. It never compares a value with
 * anything, nor turns it into text or a number, for it is built with stand-ins, not values.
 * @example
 * const byId = prepared((db, a: { id: string }) => db.selectFrom('media').selectAll().where('id', '=', a.id));
 * const rows = await byId(db, { id });
 */
import type { Compilable, CompiledQuery } from 'kysely';
import type { Db } from './db.js';

/** A value a prepared query takes: a scalar, or a list of them (one parameter each). */
export type PreparedValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** The values of one run of a prepared query, by name. */
export type PreparedArgs = { readonly [name: string]: PreparedValue };

/** Stands for a value while the query is built; replaced by the value at each run. */
class Slot {
  constructor(
    readonly name: string,
    readonly index: number,
  ) {}

  /** A builder that reads a value as text or a number breaks the contract: it would be cached. */
  [Symbol.toPrimitive](): never {
    throw new Error(
      `prepared query: the value "${this.name}" was turned into text or a number while the query was built; pass it on as a value instead`,
    );
  }
}

/**
 * The shape of a run's values: an array's length, a falsy value itself (the builder may leave a
 * condition out for it), or "set". Values of the same shape give the same SQL.
 */
function shapeOf(args: PreparedArgs): string {
  let shape = '';
  for (const name in args) {
    const value = args[name];
    shape += Array.isArray(value)
      ? `${name}[${value.length}]`
      : value
        ? `${name}+`
        : `${name}=${String(value)}`;
    shape += ';';
  }
  return shape;
}

/** What the builder sees: slots for set values and array elements, falsy values as they are. */
function slotsOf(args: PreparedArgs): Record<string, unknown> {
  const slots: Record<string, unknown> = {};
  for (const name in args) {
    const value = args[name];
    slots[name] = Array.isArray(value)
      ? value.map((_, i) => new Slot(name, i))
      : value
        ? new Slot(name, -1)
        : value;
  }
  return slots;
}

/**
 * A query built once per shape of its values (see the contract above). The first run of each
 * shape also builds the query with its real values and refuses to go on when the SQL differs:
 * the builder then looked at a value, and the cached query would be wrong for other values.
 */
export function prepared<A extends PreparedArgs, R>(
  build: (db: Db, args: A) => Compilable<R>,
): (db: Db, args: A) => Promise<R[]> {
  const compiled = new WeakMap<Db, Map<string, CompiledQuery<R>>>();
  return async (db, args) => {
    let shapes = compiled.get(db);
    if (!shapes) {
      shapes = new Map();
      compiled.set(db, shapes);
    }
    const shape = shapeOf(args);
    let query = shapes.get(shape);
    if (!query) {
      query = build(db, slotsOf(args) as A).compile();
      if (build(db, args).compile().sql !== query.sql)
        throw new Error(
          `prepared query: values of one shape (${shape}) gave different SQL; the builder may only test whether a value is set or an array's length`,
        );
      shapes.set(shape, query);
    }
    const parameters = query.parameters.map((p) => {
      if (!(p instanceof Slot)) return p;
      const value = args[p.name];
      return p.index < 0 ? value : (value as readonly unknown[])[p.index];
    });
    const result = await db.executeQuery<R>({ ...query, parameters });
    return result.rows;
  };
}
