'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { useActionMutation } from './use-action-mutation';

type Props = { jobId: string; action: (input: { jobId: string; reason: string }) => Promise<ActionResult<unknown>> };

/** Cancel Job asks for a reason; open visits are canceled with the job. */
export function CancelJobDialog({ jobId, action }: Props) {
  const [open, setOpen] = useState(false);
  const cancel = useActionMutation(action, { success: 'Job canceled.', onSuccess: () => setOpen(false) });
  return (
    <FormDialog
      trigger={<Button variant="outline">Cancel Job</Button>}
      title="Cancel Job"
      description="Its open appointments are canceled too. You can reopen the job later."
      open={open}
      onOpenChange={setOpen}
      onSubmit={(form) => cancel.mutate({ jobId, reason: String(form.get('reason') ?? '') })}
      pending={cancel.isPending}
      confirm={{ variant: 'destructive' }}
    >
      <Field id="cancel-reason" label="Reason" error={cancel.error?.fieldErrors?.reason}>
        <Textarea name="reason" maxLength={500} required />
      </Field>
    </FormDialog>
  );
}
