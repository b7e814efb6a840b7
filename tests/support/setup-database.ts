import { afterAll, beforeAll } from 'vitest';
import { useDatabaseHandle, type DatabaseHandle } from '@/db/client';
import { createTestDatabase } from './test-database';

// Each test file gets its own freshly migrated database, so files never see each other's rows.
let handle: DatabaseHandle | undefined;

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabaseHandle(handle);
});

afterAll(async () => {
  await handle?.close();
});
