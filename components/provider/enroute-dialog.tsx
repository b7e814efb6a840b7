'use client';

import { useState } from 'react';
import type { markEnrouteAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useActionMutation } from '@/components/jobs/use-action-mutation';

type Props = { jobId: string; appointmentId: string; size: 'default' | 'lg'; action: typeof markEnrouteAction };

export function EnrouteDialog({ jobId, appointmentId, size, action }: Props) {
  const [open, setOpen] = useState(false);
  const enroute = useActionMutation(action, { success: 'On My Way sent to the customer.', onSuccess: () => setOpen(false) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size={size}>On My Way</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>On My Way</DialogTitle>
          <DialogDescription>The customer gets a text with your arrival time and a tracking link.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            enroute.mutate({ jobId, appointmentId, etaMinutes: String(new FormData(e.currentTarget).get('etaMinutes') ?? '') });
          }}
        >
          <Field id="eta-minutes" label="ETA (minutes)" error={enroute.error?.fieldErrors?.etaMinutes}>
            <Input name="etaMinutes" type="number" inputMode="numeric" min={1} max={600} defaultValue={30} required className="h-11 text-base" />
          </Field>
          <DialogFooter>
            <Button type="submit" size="lg" disabled={enroute.isPending}>
              Confirm
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
