import BetterSqlite3 from 'better-sqlite3';

/** A value bound to a statement: text, a number, or bytes (a BLOB). */
type Param = string | number | Uint8Array;

/**
 * An SQLite database, through whichever driver this Node has: its own `node:sqlite` (Node 22.13
 * and later, with FTS5), else better-sqlite3 (an optional dependency, built from source at
 * install time on Node 20, whose headers the machine has). Both read and write the same file
 * format; this is the little of their APIs the archive uses.
 */
export type Db = {
  exec(sql: string): void;
  /** A prepared statement: its rows as objects, the first row, or run for its effect. */
  prepare(sql: string): {
    all(...params: Param[]): unknown[];
    get(...params: Param[]): unknown;
    run(...params: Param[]): unknown;
  };
  close(): void;
};

type NodeSqlite = {
  DatabaseSync: new (file: string, options?: { readOnly?: boolean }) => Db;
};

const builtin = process.getBuiltinModule?.('node:sqlite') as NodeSqlite | undefined;

/**
 * Opens `file` (':memory:' for a database of this process only): read-only for an origin
 * reading what the build wrote; created when it does not exist, otherwise.
 */
export function openDb(file: string, { readonly = false } = {}): Db {
  if (builtin) return new builtin.DatabaseSync(file, { readOnly: readonly });
  return new BetterSqlite3(file, { readonly, fileMustExist: readonly });
}
