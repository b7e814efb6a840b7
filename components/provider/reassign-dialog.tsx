'use client';

import { useState } from 'react';
import { reassignAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useActionMutation } from '@/components/jobs/use-action-mutation';

type Props = { jobId: string; appointmentId: string; technicians: { id: string; name: string }[]; technicianId: string | null };

/** Gives a scheduled visit to another technician without touching its window. */
export function ReassignDialog({ jobId, appointmentId, technicians, technicianId }: Props) {
  const [open, setOpen] = useState(false);
  const reassign = useActionMutation(reassignAppointmentAction, { success: 'Technician changed.', onSuccess: () => setOpen(false) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          Reassign
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Reassign Appointment</DialogTitle>
          <DialogDescription>The window stays the same; only the technician changes.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            reassign.mutate({ jobId, appointmentId, technicianId: String(new FormData(e.currentTarget).get('technicianId') ?? '') });
          }}
        >
          <Field id={`reassign-technician-${appointmentId}`} label="Technician" error={reassign.error?.fieldErrors?.technicianId}>
            <Select name="technicianId" defaultValue={technicianId ?? ''}>
              <option value="">Unassigned</option>
              {technicians.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </Select>
          </Field>
          <DialogFooter>
            <Button type="submit" disabled={reassign.isPending}>
              Confirm
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
