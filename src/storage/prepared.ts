/**
 * Read queries of the reader site's hot paths, built with Kysely and compiled once per shape and
 * database; each run only fills in its values. Kysely otherwise builds and compiles the query
 * tree again on every call, which costs more than running a small indexed query.
 * @example
 * const byId = prepared((db, a: { id: string }) => db.selectFrom('media').selectAll().where('id', '=', a.id));
 * const rows = await byId(db, { id });
 */
import type { Compilable, CompiledQuery } from 'kysely';
import type { Db } from './db.js';

/** Stands for a value while the query is built; replaced by the value at each run. */
class Slot {
  constructor(
    readonly name: string,
    readonly index: number,
  ) {}
}

type Args = Record<string, unknown>;

/**
 * The shape of a run's values: an array's length, a falsy value itself (the builder may leave a
 * condition out for it), or "set". Values of the same shape give the same SQL.
 */
function shapeOf(args: Args): string {
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
function slotsOf(args: Args): Args {
  const slots: Args = {};
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
 * A query built once per shape of its values. The builder must use its values only as values
 * (in `where`, `limit`, …) and may test only whether one is set (truthy) or an array's length.
 */
export function prepared<A extends Args, R>(
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
      shapes.set(shape, query);
    }
    const parameters = query.parameters.map((p) => {
      if (!(p instanceof Slot)) return p;
      const value = args[p.name];
      return p.index < 0 ? value : (value as unknown[])[p.index];
    });
    const result = await db.executeQuery<R>({ ...query, parameters });
    return result.rows;
  };
}
