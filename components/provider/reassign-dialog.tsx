'use client';

import { reassignAppointmentAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { useCommandDialog } from '@/components/commands/use-command-dialog';
import { TechnicianField } from './technician-field';

type Props = { jobId: string; appointmentId: string; technicians: { id: string; name: string }[]; technicianId: string | null };

/** Gives a scheduled visit to another technician without touching its window. */
export function ReassignDialog({ jobId, appointmentId, technicians, technicianId }: Props) {
  const reassign = useCommandDialog(reassignAppointmentAction, { success: 'Technician changed.' });
  return (
    <FormDialog
      trigger={<Button variant="outline">Reassign</Button>}
      title="Reassign Appointment"
      description="The window stays the same; only the technician changes."
      open={reassign.open}
      onOpenChange={reassign.onOpenChange}
      onSubmit={(form) => reassign.run({ jobId, appointmentId, technicianId: String(form.get('technicianId') ?? '') })}
      pending={reassign.pending}
    >
      <TechnicianField id={`reassign-technician-${appointmentId}`} technicians={technicians} defaultValue={technicianId} error={reassign.error?.fieldErrors?.technicianId} />
    </FormDialog>
  );
}
