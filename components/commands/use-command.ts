'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback, useRef } from 'react';
import { toast } from '@/components/ui/toaster';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { ActionResult, CommandInput } from '@/lib/actions/action-result';
import { newCommandId } from './command-id';
import { firstAnswer, noteOwnCommand } from './own-commands';

export class CommandFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

const UNREACHABLE = 'Fieldline could not be reached, so this may not have been saved. Check your connection and press again: it will not be done twice.';

export type CommandOptions<T> = { success: string | ((data: T) => string); onSuccess?: (data: T) => void };

type Answer<T> = { data: T; commandId: string; replayed: boolean };

/**
 * Runs a changing server action as one intent of the user. The intent's command id is made
 * once and sent with every press and retry until it succeeds, so a double click, a retry after
 * a lost answer or a second press while the first runs changes nothing twice; presses while it
 * runs are ignored. The action's response re-renders the page, so nothing refreshes it again.
 */
export function useCommand<I, T>(action: (input: CommandInput<I>) => Promise<ActionResult<T>>, options: CommandOptions<T>) {
  const router = useRouter();
  const ready = useHydrated();
  const intent = useRef<string | null>(null);
  const running = useRef(false);
  const mutation = useMutation<Answer<T>, CommandFailure, I>({
    mutationFn: async (input) => {
      const commandId = (intent.current ??= newCommandId());
      noteOwnCommand(commandId);
      let result: ActionResult<T>;
      try {
        result = await action({ ...input, commandId });
      } catch {
        throw new CommandFailure(UNREACHABLE, 'UNREACHABLE');
      }
      if (!result.ok) throw new CommandFailure(result.message, result.code, result.fieldErrors);
      return { data: result.data, commandId, replayed: Boolean(result.replayed) };
    },
    onSuccess: ({ data, commandId, replayed }) => {
      intent.current = null;
      if (firstAnswer(commandId) || !replayed) {
        toast.success(typeof options.success === 'string' ? options.success : options.success(data));
        (data as { warnings?: string[] } | null)?.warnings?.forEach((w) => toast.warning(w));
      }
      options.onSuccess?.(data);
    },
    onError: (error) => {
      // Field errors show in the form; anything else (a lost race, a refusal) as a toast.
      if (!error.fieldErrors || Object.keys(error.fieldErrors).length === 0) toast.error(error.message);
      // A refusal means the page was behind: show the job as it is now.
      if (error.code === 'CONFLICT' || error.code === 'NOT_FOUND') router.refresh();
    },
  });
  const { mutate, reset } = mutation;

  const run = useCallback(
    (input: I) => {
      if (running.current) return;
      running.current = true;
      mutate(input, { onSettled: () => (running.current = false) });
    },
    [mutate],
  );
  /** A new intent (a dialog opened again): the next press is a new command. */
  const begin = useCallback(() => {
    if (running.current) return;
    intent.current = null;
    reset();
  }, [reset]);

  /** `ready`: hydrated, so a press reaches the server (buttons stay disabled before). */
  return { run, begin, ready, pending: mutation.isPending, error: mutation.error };
}
