'use client';

import { useState } from 'react';
import { reassignAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { useActionMutation } from '@/components/jobs/use-action-mutation';
import { TechnicianField } from './technician-field';

type Props = { jobId: string; appointmentId: string; technicians: { id: string; name: string }[]; technicianId: string | null };

/** Gives a scheduled visit to another technician without touching its window. */
export function ReassignDialog({ jobId, appointmentId, technicians, technicianId }: Props) {
  const [open, setOpen] = useState(false);
  const reassign = useActionMutation(reassignAppointmentAction, { success: 'Technician changed.', onSuccess: () => setOpen(false) });
  return (
    <FormDialog
      trigger={<Button variant="outline">Reassign</Button>}
      title="Reassign Appointment"
      description="The window stays the same; only the technician changes."
      open={open}
      onOpenChange={setOpen}
      onSubmit={(form) => reassign.mutate({ jobId, appointmentId, technicianId: String(form.get('technicianId') ?? '') })}
      pending={reassign.isPending}
    >
      <TechnicianField id={`reassign-technician-${appointmentId}`} technicians={technicians} defaultValue={technicianId} error={reassign.error?.fieldErrors?.technicianId} />
    </FormDialog>
  );
}
