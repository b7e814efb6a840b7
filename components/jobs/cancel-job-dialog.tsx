'use client';

import type { ActionResult, CommandInput } from '@/lib/actions/action-result';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { useCommandDialog } from '@/components/commands/use-command-dialog';

type Props = { jobId: string; action: (input: CommandInput<{ jobId: string; reason: string }>) => Promise<ActionResult<unknown>> };

/** Cancel Job asks for a reason; open visits are canceled with the job. */
export function CancelJobDialog({ jobId, action }: Props) {
  const cancel = useCommandDialog(action, { success: 'Job canceled.' });
  return (
    <FormDialog
      trigger={<Button variant="outline">Cancel Job</Button>}
      title="Cancel Job"
      description="Its open appointments are canceled too. You can reopen the job later."
      open={cancel.open}
      onOpenChange={cancel.onOpenChange}
      onSubmit={(form) => cancel.run({ jobId, reason: String(form.get('reason') ?? '') })}
      pending={cancel.pending}
      confirm={{ variant: 'destructive' }}
    >
      <Field id="cancel-reason" label="Reason" error={cancel.error?.fieldErrors?.reason}>
        <Textarea name="reason" maxLength={500} required />
      </Field>
    </FormDialog>
  );
}
