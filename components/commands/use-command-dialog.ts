'use client';

import { useState } from 'react';
import type { ActionResult, CommandInput } from '@/lib/actions/action-result';
import { useCommand, type CommandOptions } from './use-command';

/** A dialog whose form is one command: opening it starts a new intent, success closes it. */
export function useCommandDialog<I, T>(action: (input: CommandInput<I>) => Promise<ActionResult<T>>, options: CommandOptions<T>) {
  const [open, setOpen] = useState(false);
  const command = useCommand(action, {
    ...options,
    onSuccess: (data) => {
      setOpen(false);
      options.onSuccess?.(data);
    },
  });
  const onOpenChange = (next: boolean) => {
    if (next) command.begin();
    setOpen(next);
  };
  return { ...command, open, onOpenChange };
}
