import 'server-only';
import { and, eq, lt } from 'drizzle-orm';
import { commands } from '@/db/schema';
import type { Queryable, Tx } from '@/db/types';
import type { CommandContext } from './command-context';

/** Raised inside a transaction whose command another request has already recorded: roll back and replay. */
export class CommandAlreadyRecorded extends Error {
  constructor() {
    super('This command was already carried out.');
  }
}

/**
 * The first statement of a command's transaction. The unique index makes a second request with
 * the same id wait here until the first commits (then it replays) or rolls back (then it runs).
 */
export async function claimCommand(tx: Tx, command: CommandContext, at: Date): Promise<void> {
  const [claimed] = await tx
    .insert(commands)
    .values({ principal: command.principal, commandId: command.commandId, action: command.action, payloadHash: command.payloadHash, createdAt: at })
    .onConflictDoNothing({ target: [commands.principal, commands.commandId] })
    .returning({ id: commands.id });
  if (!claimed) throw new CommandAlreadyRecorded();
}

export async function recordCommandResult(tx: Tx, command: CommandContext, result: unknown): Promise<void> {
  await tx
    .update(commands)
    .set({ result: result ?? null })
    .where(and(eq(commands.principal, command.principal), eq(commands.commandId, command.commandId)));
}

export async function findCommand(db: Queryable, principal: string, commandId: string) {
  const [row] = await db
    .select({ action: commands.action, payloadHash: commands.payloadHash, result: commands.result })
    .from(commands)
    .where(and(eq(commands.principal, principal), eq(commands.commandId, commandId)));
  return row;
}

/** Commands are kept for at least a day: long enough for any retry a client makes. */
export const COMMAND_RETENTION_MS = 48 * 3_600_000;

export async function deleteOldCommands(db: Queryable, at: Date): Promise<number> {
  const deleted = await db
    .delete(commands)
    .where(lt(commands.createdAt, new Date(at.getTime() - COMMAND_RETENTION_MS)))
    .returning({ id: commands.id });
  return deleted.length;
}
