import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle } from '@/db/client';

export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKind(kind = process.env.FIELDLINE_TEST_DATABASE): TestDatabaseKind {
  if (kind === undefined || kind === 'pglite') return 'pglite';
  if (kind === 'postgres') return 'postgres';
  throw new Error(`FIELDLINE_TEST_DATABASE must be "pglite" or "postgres", not "${kind}".`);
}

export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL must name a PostgreSQL server to run the integration-postgres project.');
  return url;
}

export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

/** Clones of one template share a prefix derived from it, so the run's teardown can find leftovers. */
export function clonePrefix(templateName: string): string {
  return templateName.replace(/^fieldline_tpl_/, 'fieldline_t_');
}

export function urlForDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the server's maintenance connection (CREATE/DROP DATABASE cannot run inside the target). */
export async function withServerClient<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A closed pool's connections say goodbye a moment after pool.end() resolves; forcing the drop at
 * once would kill them mid-goodbye. Wait for them briefly, and force only what is left after that.
 */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withServerClient(serverUrl, async (client) => {
    const target = client.escapeIdentifier(name);
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        await client.query(`drop database if exists ${target}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006') throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await client.query(`drop database if exists ${target} with (force)`);
  });
}

function closeOnce(handle: DatabaseHandle, afterClose?: () => Promise<void>): DatabaseHandle {
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= handle.close().then(afterClose);
    return closing;
  };
  return { ...handle, close };
}

async function createPgliteDatabase(): Promise<DatabaseHandle> {
  const snapshotPath = inject('pgliteSnapshotPath');
  if (!snapshotPath) throw new Error('No PGlite snapshot was provided: is tests/support/global-setup.ts in globalSetup?');
  const handle = openPglite({ loadDataDir: new Blob([await fs.readFile(snapshotPath)]) });
  await handle.pglite!.waitReady;
  return closeOnce(handle);
}

async function createPostgresDatabase(): Promise<DatabaseHandle> {
  const template = inject('postgresTemplateDatabase');
  if (!template) throw new Error('No template database was provided: is tests/support/global-setup.ts in globalSetup?');
  const serverUrl = testServerUrl();
  const name = `${clonePrefix(template)}_${randomToken(6)}`;
  await withServerClient(serverUrl, (client) =>
    client.query(`create database ${client.escapeIdentifier(name)} template ${client.escapeIdentifier(template)}`),
  );
  return closeOnce(openPostgres(urlForDatabase(serverUrl, name)), () => dropDatabase(serverUrl, name));
}

/**
 * A fresh, migrated database of the kind this project tests (FIELDLINE_TEST_DATABASE), private
 * to the caller. Closing it releases it; on a server the database is dropped.
 */
export function createTestDatabase(): Promise<DatabaseHandle> {
  return testDatabaseKind() === 'pglite' ? createPgliteDatabase() : createPostgresDatabase();
}
