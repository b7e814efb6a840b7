import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The command a request is carrying out. It travels with the request's async context instead
 * of through every operation's signature, so inTransaction can record it inside the one
 * transaction that makes the change, whichever operation opened it.
 */
export type CommandContext = {
  principal: string;
  commandId: string;
  action: string;
  payloadHash: string;
  /** open: no transaction yet; writing: inside its transaction; recorded: committed; closed: the request is over. */
  state: 'open' | 'writing' | 'recorded' | 'closed';
  /** What the transaction stored as the result, once recorded. */
  recorded?: unknown;
};

const storage = new AsyncLocalStorage<CommandContext>();

export function withCommand<T>(context: CommandContext, run: () => Promise<T>): Promise<T> {
  return storage.run(context, run);
}

/** The command of the current request, unless it is over (work it started later is not part of it). */
export function activeCommand(): CommandContext | undefined {
  const context = storage.getStore();
  return context && context.state !== 'closed' ? context : undefined;
}
