import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getDatabaseHandle, openPglite, type DatabaseHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { outbox } from '@/db/schema';
import { startFakeTwilio } from './outbox-fake-twilio';
import { testDatabaseKind } from './support/test-database';

const SID = 'ACcrash0000000000000000000000000';
const TOKEN = 'crash-token';
const MESSAGES = 40;
const KILL_AT_REQUEST = 13;

let fake: Awaited<ReturnType<typeof startFakeTwilio>>;
let dataDir: string | undefined;
let databaseUrl = '';

/** PGlite allows one process per folder, so on PGlite this test hands the worker an on-disk database. */
async function withDiskPglite<T>(run: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openPglite({ dir: dataDir! });
  try {
    await migrateDatabase(handle);
    return await run(handle);
  } finally {
    await handle.close();
    // This process stays alive, so its lock would keep the worker out: release it by hand.
    fs.rmSync(path.join(dataDir!, 'fieldline.lock'), { force: true });
  }
}

async function withDatabase<T>(run: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  return dataDir ? withDiskPglite(run) : run(await getDatabaseHandle());
}

function startWorker(): ChildProcess {
  // node with tsx's loader, not the tsx CLI: the CLI runs the script in a child that SIGKILL would orphan.
  return spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/worker.ts'], {
    cwd: path.resolve('.'),
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      FIELDLINE_DATA_DIR: dataDir ?? '',
      TWILIO_ACCOUNT_SID: SID,
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_FROM: '+15005550006',
      TWILIO_API_BASE_URL: fake.url,
      // Short, so rows held by the killed worker come back quickly.
      FIELDLINE_SMS_LEASE_MS: '1500',
      FIELDLINE_SMS_BATCH_SIZE: '5',
      FIELDLINE_QUIET_LOGS: '1',
    },
  });
}

/** Resolves once the worker says it is delivering (its signal handlers are installed by then). */
const ready = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Fieldline worker: delivering')) resolve();
    });
  });

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

async function until(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the worker.');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  fake = await startFakeTwilio({ accountSid: SID, authToken: TOKEN });
  if (testDatabaseKind() === 'pglite') dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldline-crash-'));
  else databaseUrl = String((await getDatabaseHandle()).pool!.options.connectionString);
  await withDatabase((handle) =>
    handle.db.insert(outbox).values(
      Array.from({ length: MESSAGES }, (_, i) => ({
        channel: 'sms',
        kind: 'appointment.enroute',
        recipient: `+1512555${String(1000 + i)}`,
        body: `Message ${i}`,
        idempotencyKey: `sms:crash:${i}`,
      })),
    ),
  );
});

afterAll(async () => {
  await fake.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

it('a worker killed in the middle of a batch loses nothing and, restarted, sends nothing twice', { timeout: 120_000 }, async () => {
  const first = startWorker();
  // Killed while requests are in flight: Twilio took one of them, the worker never recorded it;
  // the requests caught behind it never reached Twilio.
  let killing: Promise<void> | undefined;
  fake.setOnRequest(async (count) => {
    if (count < KILL_AT_REQUEST) return;
    if (count === KILL_AT_REQUEST) {
      first.kill('SIGKILL');
      killing = exited(first);
      await killing;
      return;
    }
    await killing;
    return 'drop';
  });
  await exited(first);
  expect(first.signalCode).toBe('SIGKILL');
  fake.setOnRequest(undefined);
  expect(fake.phone.length).toBeLessThan(MESSAGES);

  const second = startWorker();
  await ready(second);
  await until(() => fake.phone.length === MESSAGES, 60_000);
  // Give any late duplicate a moment to show up before stopping.
  await new Promise((r) => setTimeout(r, 2_000));
  second.kill('SIGINT');
  await exited(second);

  const keys = fake.phone.map((m) => m.idempotencyKey).sort();
  expect(keys).toEqual(Array.from({ length: MESSAGES }, (_, i) => `sms:crash:${i}`).sort());
  expect(fake.requests()).toBeGreaterThanOrEqual(MESSAGES);
  expect({ code: second.exitCode, signal: second.signalCode }).toEqual({ code: 0, signal: null });
  const rows = await withDatabase((handle) => handle.db.select({ status: outbox.status, key: outbox.idempotencyKey }).from(outbox));
  expect(rows.filter((r) => r.status === 'sent')).toHaveLength(MESSAGES);
});
