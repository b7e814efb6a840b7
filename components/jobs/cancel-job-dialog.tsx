'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { useActionMutation } from './use-action-mutation';

type Props = { jobId: string; action: (input: { jobId: string; reason: string }) => Promise<ActionResult<unknown>> };

/** Cancel Job asks for a reason; open visits are canceled with the job. */
export function CancelJobDialog({ jobId, action }: Props) {
  const [open, setOpen] = useState(false);
  const cancel = useActionMutation(action, { success: 'Job canceled.', onSuccess: () => setOpen(false) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">Cancel Job</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Cancel Job</DialogTitle>
          <DialogDescription>Its open appointments are canceled too. You can reopen the job later.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            cancel.mutate({ jobId, reason: String(new FormData(e.currentTarget).get('reason') ?? '') });
          }}
        >
          <Field id="cancel-reason" label="Reason" error={cancel.error?.fieldErrors?.reason}>
            <Textarea name="reason" maxLength={500} required />
          </Field>
          <DialogFooter>
            <Button type="submit" variant="destructive" disabled={cancel.isPending}>
              Confirm
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
