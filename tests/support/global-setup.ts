import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import {
  clonePrefix,
  dropDatabase,
  randomToken,
  testDatabaseKind,
  testServerUrl,
  urlForDatabase,
  withServerClient,
} from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of a freshly migrated PGlite; each test file starts its own instance from it. */
    pgliteSnapshotPath?: string;
    /** A migrated database on TEST_DATABASE_URL's server; each test file gets a copy. */
    postgresTemplateDatabase?: string;
  }
}

// Migrating once and copying is what keeps a test file's database cheap: a new PGlite costs
// about 3 s to initialise and migrate, one loaded from the dump about 0.5 s.
async function preparePglite(project: TestProject): Promise<() => Promise<void>> {
  const handle = openPglite();
  try {
    await migrateDatabase(handle);
    const dump = await handle.pglite!.dumpDataDir('none');
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'fieldline-vitest-'));
    const snapshotPath = path.join(folder, 'pglite-snapshot.tar');
    await fs.writeFile(snapshotPath, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteSnapshotPath', snapshotPath);
    return () => fs.rm(folder, { recursive: true, force: true });
  } finally {
    await handle.close();
  }
}

async function preparePostgres(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = testServerUrl();
  const template = `fieldline_tpl_${randomToken(4)}`;
  await withServerClient(serverUrl, (client) => client.query(`create database ${client.escapeIdentifier(template)}`));
  // The template must have no open connections when a test file copies it, so close before providing.
  const handle = openPostgres(urlForDatabase(serverUrl, template));
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
  project.provide('postgresTemplateDatabase', template);

  return async () => {
    // A test file that crashed before its afterAll leaves its copy behind; only this run's copies match.
    const leftovers = await withServerClient(serverUrl, (client) =>
      client.query<{ datname: string }>(`select datname from pg_database where starts_with(datname, $1)`, [
        `${clonePrefix(template)}_`,
      ]),
    );
    for (const { datname } of leftovers.rows) await dropDatabase(serverUrl, datname);
    await dropDatabase(serverUrl, template);
  };
}

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  const kind = testDatabaseKind(project.config.env.FIELDLINE_TEST_DATABASE);
  return kind === 'pglite' ? preparePglite(project) : preparePostgres(project);
}
