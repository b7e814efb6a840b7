import { randomBytes } from 'node:crypto';
import pg from 'pg';
import * as dbClient from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type ThrowawayDatabase = { url: string; handle: dbClient.DatabaseHandle; drop: () => Promise<void> };

/**
 * A new, migrated database on the PostgreSQL server at BENCH_DATABASE_URL (default: the local
 * server), installed as this process's database; `drop` closes and removes it.
 */
export async function throwawayDatabase(prefix: string): Promise<ThrowawayDatabase> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = dbClient.openPostgres(url.toString());
  await migrateDatabase(handle);
  // Not a React hook, despite the name: it installs the process's database.
  dbClient.useDatabaseHandle(handle);
  return {
    url: url.toString(),
    handle,
    drop: async () => {
      await handle.close().catch(() => undefined);
      await onServer(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
