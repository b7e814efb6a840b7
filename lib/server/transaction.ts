import 'server-only';
import { getDb } from '@/db/client';
import type { Tx } from '@/db/types';
import { activeCommand } from './commands/command-context';
import { claimCommand, recordCommandResult } from './commands/command-record';
import { conflict } from './errors';
import { now } from './clock';

const RETRYABLE = new Set(['40001', '40P01']);
const UNIQUE_VIOLATION = '23505';

function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * One transaction, retried on serialization failure or deadlock. A unique violation means
 * another request won a race the row locks could not see (a second accepted offer).
 *
 * Inside a command (runCommand), the transaction first claims the command id and records the
 * result before it commits, so the change and its record land together or not at all. A
 * command makes its change in exactly one transaction.
 */
export async function inTransaction<T>(fn: (tx: Tx) => Promise<T>, attempts = 4): Promise<T> {
  const db = await getDb();
  const command = activeCommand();
  if (command && command.state !== 'open') throw new Error(`${command.action}: a command changes data in one transaction, not several`);
  for (let attempt = 1; ; attempt++) {
    try {
      if (!command) return await db.transaction(fn);
      command.state = 'writing';
      const result = await db.transaction(async (tx) => {
        await claimCommand(tx, command, now());
        const value = await fn(tx);
        await recordCommandResult(tx, command, value);
        return value;
      });
      command.state = 'recorded';
      command.recorded = result;
      return result;
    } catch (error) {
      if (command) command.state = 'open';
      const state = sqlState(error);
      if (state && RETRYABLE.has(state) && attempt < attempts) continue;
      if (state === UNIQUE_VIOLATION) throw conflict('Someone else changed this job at the same moment. Reload and try again.');
      throw error;
    }
  }
}
