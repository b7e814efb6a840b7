import 'server-only';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import path from 'node:path';
import { Pool } from 'pg';
import * as schema from './schema';
import { dataDir, lockDataDir } from './data-dir';
import { migrateDatabase } from './migrate';
import type { Database } from './types';

export type DatabaseHandle = {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** The underlying client, for LISTEN/NOTIFY and raw COPY. */
  pglite?: PGlite;
  pool?: Pool;
  close: () => Promise<void>;
};

// Kept on globalThis because Next.js may load this module in more than one bundle of
// one process; two PGlite instances on one folder would corrupt it.
const holder = globalThis as typeof globalThis & { __fieldlineDb?: Promise<DatabaseHandle> };

export function openPglite(options: { dir?: string; loadDataDir?: Blob } = {}): DatabaseHandle {
  if (options.dir) lockDataDir(options.dir);
  const client = new PGlite({
    dataDir: options.dir ? path.join(options.dir, 'pgdata') : undefined,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
  });
  return { db: drizzlePglite(client, { schema }) as unknown as Database, kind: 'pglite', pglite: client, close: () => client.close() };
}

export function openPostgres(url: string): DatabaseHandle {
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle connection the server drops (restart, failover) must not take the process down with it;
  // the pool replaces it on the next checkout.
  pool.on('error', (error: Error & { code?: string }) => {
    console.error(JSON.stringify({ at: new Date().toISOString(), event: 'db.idle_connection_lost', code: error.code, message: error.message }));
  });
  return { db: drizzlePg(pool, { schema }) as unknown as Database, kind: 'postgres', pool, close: () => pool.end() };
}

async function open(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  const handle = url ? openPostgres(url) : openPglite({ dir: dataDir() });
  await migrateDatabase(handle);
  return handle;
}

/** The process's database: embedded PGlite unless DATABASE_URL names a server. Migrated on first use. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  holder.__fieldlineDb ??= open().catch((error: unknown) => {
    holder.__fieldlineDb = undefined;
    throw error;
  });
  return holder.__fieldlineDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/** Tests and scripts install their own database (a snapshot clone, a temporary server database). */
export function useDatabaseHandle(handle: DatabaseHandle): void {
  holder.__fieldlineDb = Promise.resolve(handle);
}
