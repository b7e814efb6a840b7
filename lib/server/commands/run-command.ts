import 'server-only';
import { getDb } from '@/db/client';
import { invalidInput } from '../errors';
import { withCommand, type CommandContext } from './command-context';
import { CommandAlreadyRecorded, findCommand } from './command-record';
import { payloadHash } from './payload-hash';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

export type CommandRequest = {
  /** Who asks: `user:<id>`, `survey:<token>`; a command id only means something for its principal. */
  principal: string;
  commandId: string;
  /** The operation's name: the same id reused for another operation is another payload. */
  action: string;
  payload: unknown;
};

export type CommandOutcome<T> = { result: T; replayed: boolean };

const REUSED = 'This request was already used for a different change. Reload the page and try again.';

function replay<T>(stored: { action: string; payloadHash: string; result: unknown }, hash: string): CommandOutcome<T> {
  if (stored.payloadHash !== hash) throw invalidInput(REUSED);
  return { result: stored.result as T, replayed: true };
}

/**
 * Carries out an operation at most once per command id. The operation's transaction records the
 * command and its result (see inTransaction); a repeat finds that record and gets the first
 * result without changing anything; a repeat racing the first waits for it at the unique index.
 * Results are plain JSON, so the first answer and every replay are the same value.
 */
export async function runCommand<T extends JsonValue>(request: CommandRequest, operation: () => Promise<T>): Promise<CommandOutcome<T>> {
  const hash = payloadHash(request.action, request.payload);
  const db = await getDb();
  const stored = await findCommand(db, request.principal, request.commandId);
  if (stored) return replay(stored, hash);

  const context: CommandContext = { principal: request.principal, commandId: request.commandId, action: request.action, payloadHash: hash, state: 'open' };
  try {
    const result = await withCommand(context, operation);
    if (context.state !== 'recorded') throw new Error(`${request.action} finished without recording its command: it must change data in one inTransaction`);
    const plain = JSON.stringify(result ?? null);
    // A replay answers with what the transaction recorded, so the first answer must be exactly that.
    if (plain !== JSON.stringify(context.recorded ?? null)) throw new Error(`${request.action} answered something other than what its transaction recorded`);
    return { result: JSON.parse(plain) as T, replayed: false };
  } catch (error) {
    if (!(error instanceof CommandAlreadyRecorded)) throw error;
    const first = await findCommand(db, request.principal, request.commandId);
    if (!first) throw error;
    return replay(first, hash);
  } finally {
    context.state = 'closed';
  }
}
