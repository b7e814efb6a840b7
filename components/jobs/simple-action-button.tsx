'use client';

import type { ActionResult } from '@/lib/actions/action-result';
import { Button, type ButtonProps } from '@/components/ui/button';
import { useActionMutation } from './use-action-mutation';

type Props = {
  jobId: string;
  label: string;
  success: string;
  action: (input: { jobId: string }) => Promise<ActionResult<unknown>>;
  variant?: ButtonProps['variant'];
};

/** A one-press job action (Complete Job, Reopen Job, Withdraw offer…) with the server's answer as a toast. */
export function SimpleActionButton({ jobId, label, success, action, variant = 'outline' }: Props) {
  const mutation = useActionMutation(action, { success });
  return (
    <Button variant={variant} onClick={() => mutation.mutate({ jobId })} disabled={mutation.isPending}>
      {label}
    </Button>
  );
}
