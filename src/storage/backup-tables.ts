/**
 * The database side of backup and restore, the same on both dialects: which tables a backup
 * carries (read from the database's own catalog, so a new table is carried without a change
 * here), their rows read in one consistent snapshot, and rows written back in one transaction.
 * Values travel as JSON: text, numbers and null as they are, booleans as booleans, bytes as
 * `{"base64": "..."}`; Shortwave's columns are text and integers (times and JSON are text), so
 * a backup of one dialect loads into the other.
 * @example await readSnapshot(store, async (trx) => { for (const t of await backupTables(trx, store.dialect)) ... })
 */
import { sql } from 'kysely';
import type { Db, DialectName, Store } from './db.js';

/** What a backup needs to know of a table. */
export interface TableLayout {
  name: string;
  columns: string[];
  /** The primary key's columns, in key order: rows are read in this order. */
  key: string[];
  /** Columns that refer to the same table (a reply's parent): filled in after all its rows. */
  selfReferences: string[];
}

/** A value as it is written into a backup. */
export type PortableValue = string | number | boolean | null | { base64: string };

interface CatalogTable {
  name: string;
  columns: string[];
  key: string[];
  references: Array<{ column: string; table: string }>;
}

/**
 * Tables a backup leaves out: the migrator's own (the manifest names the migrations instead),
 * the search index with its FTS5 tables, which restore rebuilds from the articles, and the
 * cache purge requests, which running servers apply within seconds (ADR 0018), and the
 * machine-translation cache, which providers refill on demand (ADR 0023).
 */
function isCarried(name: string): boolean {
  return (
    !name.startsWith('kysely_') &&
    !name.startsWith('search_') &&
    !name.startsWith('sqlite_') &&
    name !== 'cache_purges' &&
    name !== 'machine_translations'
  );
}

/** The table of the search index that restore empties (its FTS5 index follows by trigger). */
const SEARCH_DOCUMENTS = 'search_documents';

/** Tables a freshly migrated database already fills (migration 0002): not data of its own. */
const SEEDED = new Set(['languages', 'sections']);

async function sqliteCatalog(db: Db): Promise<CatalogTable[]> {
  const columns = await sql<{ t: string; c: string; pk: number }>`
    select m.name as t, p.name as c, p.pk as pk
    from sqlite_master m join pragma_table_info(m.name) p
    where m.type = 'table'
    order by m.name, p.cid`.execute(db);
  const references = await sql<{ t: string; c: string; target: string }>`
    select m.name as t, f."from" as c, f."table" as target
    from sqlite_master m join pragma_foreign_key_list(m.name) f
    where m.type = 'table'`.execute(db);
  const tables = new Map<string, CatalogTable & { keyOrder: Map<string, number> }>();
  for (const row of columns.rows) {
    let table = tables.get(row.t);
    if (!table) {
      table = { name: row.t, columns: [], key: [], references: [], keyOrder: new Map() };
      tables.set(row.t, table);
    }
    table.columns.push(row.c);
    if (Number(row.pk) > 0) table.keyOrder.set(row.c, Number(row.pk));
  }
  for (const row of references.rows) tables.get(row.t)?.references.push({ column: row.c, table: row.target });
  return [...tables.values()].map(({ keyOrder, ...table }) => ({
    ...table,
    key: [...keyOrder.entries()].sort((a, b) => a[1] - b[1]).map(([column]) => column),
  }));
}

async function postgresCatalog(db: Db): Promise<CatalogTable[]> {
  const names = await sql<{ t: string }>`
    select table_name as t from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  const columns = await sql<{ t: string; c: string }>`
    select table_name as t, column_name as c from information_schema.columns
    where table_schema = current_schema() and is_generated = 'NEVER'
    order by table_name, ordinal_position`.execute(db);
  const keys = await sql<{ t: string; c: string }>`
    select cl.relname as t, a.attname as c
    from pg_constraint k
      join pg_class cl on cl.oid = k.conrelid
      join pg_namespace n on n.oid = cl.relnamespace
      cross join lateral unnest(k.conkey) with ordinality as u(attnum, position)
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum
    where k.contype = 'p' and n.nspname = current_schema()
    order by cl.relname, u.position`.execute(db);
  const references = await sql<{ t: string; c: string; target: string }>`
    select cl.relname as t, a.attname as c, target.relname as target
    from pg_constraint k
      join pg_class cl on cl.oid = k.conrelid
      join pg_class target on target.oid = k.confrelid
      join pg_namespace n on n.oid = cl.relnamespace
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
    where k.contype = 'f' and n.nspname = current_schema()`.execute(db);
  const tables = new Map<string, CatalogTable>(
    names.rows.map((row) => [row.t, { name: row.t, columns: [], key: [], references: [] }]),
  );
  for (const row of columns.rows) tables.get(row.t)?.columns.push(row.c);
  for (const row of keys.rows) tables.get(row.t)?.key.push(row.c);
  for (const row of references.rows) tables.get(row.t)?.references.push({ column: row.c, table: row.target });
  return [...tables.values()];
}

function catalog(db: Db, dialect: DialectName): Promise<CatalogTable[]> {
  return dialect === 'sqlite' ? sqliteCatalog(db) : postgresCatalog(db);
}

/**
 * The tables a backup carries, each after the tables it refers to (so rows load in this
 * order), ties by name. Throws when a table has no primary key or tables refer in a circle.
 */
export async function backupTables(db: Db, dialect: DialectName): Promise<TableLayout[]> {
  const carried = (await catalog(db, dialect)).filter((table) => isCarried(table.name));
  const names = new Set(carried.map((table) => table.name));
  const waiting = new Map(
    carried.map((table) => [
      table.name,
      new Set(table.references.map((r) => r.table).filter((t) => t !== table.name && names.has(t))),
    ]),
  );
  const ordered: TableLayout[] = [];
  const byName = new Map(carried.map((table) => [table.name, table]));
  while (waiting.size > 0) {
    const ready = [...waiting.entries()]
      .filter(([, needs]) => needs.size === 0)
      .map(([name]) => name)
      .sort();
    if (ready.length === 0)
      throw new Error(`cannot order the tables ${[...waiting.keys()].join(', ')}: they refer to each other`);
    for (const name of ready) {
      const table = byName.get(name)!;
      if (table.key.length === 0) throw new Error(`table ${name} has no primary key`);
      const outside = table.references.find((r) => !names.has(r.table));
      if (outside) throw new Error(`table ${name} refers to ${outside.table}, which a backup leaves out`);
      ordered.push({
        name,
        columns: table.columns,
        key: table.key,
        selfReferences: table.references.filter((r) => r.table === name).map((r) => r.column),
      });
      waiting.delete(name);
      for (const needs of waiting.values()) needs.delete(name);
    }
  }
  return ordered;
}

/**
 * Runs `read` in one read-only transaction that sees a single point in time while others
 * keep writing: REPEATABLE READ on PostgreSQL; on SQLite in WAL mode, a read transaction on
 * this connection (its snapshot starts at the first read).
 */
export async function readSnapshot<T>(store: Store, read: (trx: Db) => Promise<T>): Promise<T> {
  if (store.dialect === 'postgres')
    return store.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(read);
  return store.db.transaction().execute(read);
}

function portable(value: unknown, where: string): PortableValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where} holds ${value}, which a backup cannot carry`);
    return value;
  }
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER))
      throw new Error(`${where} holds ${value}, too large for a backup`);
    return Number(value);
  }
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return { base64: Buffer.from(value).toString('base64') };
  throw new Error(`${where} holds a value of a kind a backup cannot carry`);
}

/** A backup's value as the dialect stores it. */
function stored(value: PortableValue, dialect: DialectName): unknown {
  if (typeof value === 'boolean') return dialect === 'sqlite' ? Number(value) : value;
  if (value !== null && typeof value === 'object') return Buffer.from(value.base64, 'base64');
  return value;
}

const ids = (names: readonly string[]) => sql.join(names.map((name) => sql.id(name)));

/** The rows of a table in key order, in batches, each row its values in column order. */
export async function* tableRows(db: Db, table: TableLayout, batch = 500): AsyncGenerator<PortableValue[][]> {
  let after: unknown[] | null = null;
  for (;;) {
    const where: ReturnType<typeof sql> =
      after === null ? sql`` : sql`where (${ids(table.key)}) > (${sql.join(after)})`;
    const { rows } = await sql<Record<string, unknown>>`
      select ${ids(table.columns)} from ${sql.table(table.name)} ${where}
      order by ${ids(table.key)} limit ${batch}`.execute(db);
    if (rows.length === 0) return;
    yield rows.map((row) => table.columns.map((column) => portable(row[column], `${table.name}.${column}`)));
    const last = rows[rows.length - 1]!;
    after = table.key.map((column) => last[column]);
    if (rows.length < batch) return;
  }
}

/** The tables of the database that hold rows of their own (not only what migrations seed). */
export async function filledTables(store: Store): Promise<string[]> {
  const filled: string[] = [];
  for (const table of (await catalog(store.db, store.dialect)).filter((t) => isCarried(t.name))) {
    if (SEEDED.has(table.name)) continue;
    const { rows } = await sql`select 1 as one from ${sql.table(table.name)} limit 1`.execute(store.db);
    if (rows.length > 0) filled.push(table.name);
  }
  return filled.sort();
}

/** A backed-up table to load: its layout as backed up, its row count, and its rows. */
export interface TableToLoad {
  layout: TableLayout;
  rows: number;
  /** The table's rows; called twice when the table refers to itself. */
  read(): AsyncIterable<PortableValue[]>;
}

/**
 * Replaces every carried table's rows with the backup's, in one transaction: all rows are
 * deleted (and the search index emptied), the tables loaded parent first, self references
 * filled in after, and each table's count checked. Nothing changes when anything fails.
 */
export async function replaceAllRows(
  store: Store,
  tables: readonly TableToLoad[],
  onTable?: (name: string, index: number) => void,
): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    const present = await catalog(trx, store.dialect);
    const target = await backupTables(trx, store.dialect);
    const byName = new Map(present.map((table) => [table.name, table]));
    for (const { layout } of tables) {
      const there = byName.get(layout.name);
      if (!there || !isCarried(layout.name)) throw new Error(`the database has no table ${layout.name}`);
      const missing = layout.columns.find((column) => !there.columns.includes(column));
      if (missing) throw new Error(`the database has no column ${layout.name}.${missing}`);
    }
    const loaded = new Set(tables.map((t) => t.layout.name));
    const extra = target.find((table) => !loaded.has(table.name));
    if (extra) throw new Error(`the backup has no rows for the table ${extra.name}`);
    if (byName.has(SEARCH_DOCUMENTS)) await sql`delete from ${sql.table(SEARCH_DOCUMENTS)}`.execute(trx);
    for (const table of [...target].reverse()) await sql`delete from ${sql.table(table.name)}`.execute(trx);
    for (const [index, table] of tables.entries()) {
      onTable?.(table.layout.name, index);
      await loadTable(trx, store.dialect, table);
    }
  });
}

async function loadTable(trx: Db, dialect: DialectName, table: TableToLoad): Promise<void> {
  const { layout } = table;
  const later = new Set(layout.selfReferences.map((column) => layout.columns.indexOf(column)));
  // Well under both dialects' limits of bound values per statement.
  const perInsert = Math.max(1, Math.floor(8000 / layout.columns.length));
  let batch: PortableValue[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const values = batch.map(
      (row) => sql`(${sql.join(row.map((value, i) => (later.has(i) ? null : stored(value, dialect))))})`,
    );
    await sql`insert into ${sql.table(layout.name)} (${ids(layout.columns)}) values ${sql.join(values)}`.execute(
      trx,
    );
    batch = [];
  };
  for await (const row of table.read()) {
    if (row.length !== layout.columns.length)
      throw new Error(`a row of ${layout.name} has ${row.length} values, not ${layout.columns.length}`);
    batch.push(row);
    if (batch.length >= perInsert) await flush();
  }
  await flush();
  if (later.size > 0) {
    const keyAt = layout.key.map((column) => layout.columns.indexOf(column));
    for await (const row of table.read()) {
      for (const column of layout.selfReferences) {
        const value = row[layout.columns.indexOf(column)] ?? null;
        if (value === null) continue;
        const match = sql.join(
          keyAt.map((i, k) => sql`${sql.id(layout.key[k]!)} = ${stored(row[i] ?? null, dialect)}`),
          sql` and `,
        );
        await sql`update ${sql.table(layout.name)} set ${sql.id(column)} = ${stored(value, dialect)} where ${match}`.execute(
          trx,
        );
      }
    }
  }
  const { rows } = await sql<{
    n: number | string;
  }>`select count(*) as n from ${sql.table(layout.name)}`.execute(trx);
  const count = Number(rows[0]?.n ?? 0);
  if (count !== table.rows)
    throw new Error(`table ${layout.name} has ${count} rows after loading, the backup ${table.rows}`);
}
