import type { AppErrorCode } from '@/lib/server/errors';

export type ActionResult<T> =
  /** `replayed`: the server answered a repeat of a command it had already carried out, from its record. */
  | { ok: true; data: T; replayed?: boolean }
  | { ok: false; code: AppErrorCode | 'INTERNAL'; message: string; fieldErrors?: Record<string, string[]> };

/** What every changing action takes besides its own fields: the id of the user's intent. */
export type CommandInput<I> = I & { commandId: string };
