'use client';

import type { ActionResult, CommandInput } from '@/lib/actions/action-result';
import { Button, type ButtonProps } from '@/components/ui/button';
import { useCommand } from '@/components/commands/use-command';

type Props = {
  jobId: string;
  label: string;
  success: string;
  action: (input: CommandInput<{ jobId: string }>) => Promise<ActionResult<unknown>>;
  variant?: ButtonProps['variant'];
};

/** A one-press job action (Complete Job, Reopen Job, Withdraw offer…) with the server's answer as a toast. */
export function SimpleActionButton({ jobId, label, success, action, variant = 'outline' }: Props) {
  const command = useCommand(action, { success });
  return (
    <Button variant={variant} onClick={() => command.run({ jobId })} pending={command.pending} disabled={!command.ready}>
      {label}
    </Button>
  );
}
