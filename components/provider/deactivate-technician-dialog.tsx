'use client';

import { deactivateTechnicianAction } from '@/lib/actions/team-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { useCommandDialog } from '@/components/commands/use-command-dialog';

function deactivated(t: { name: string; openVisits: number }) {
  if (t.openVisits === 0) return `${t.name} is deactivated.`;
  return `${t.name} is deactivated. ${t.openVisits} open visit${t.openVisits === 1 ? '' : 's'} still need another technician.`;
}

/** Deactivation ends the technician's sessions at once; asks first because it cannot be undone here. */
export function DeactivateTechnicianDialog({ userId, name }: { userId: string; name: string }) {
  const deactivate = useCommandDialog(deactivateTechnicianAction, { success: deactivated });
  return (
    <FormDialog
      trigger={
        <Button variant="outline" size="sm" aria-label={`Deactivate ${name}`}>
          Deactivate
        </Button>
      }
      title={`Deactivate ${name}?`}
      description={`${name} is signed out everywhere, can no longer sign in, and can no longer be assigned visits. Visits already assigned stay on the schedule for you to reassign.`}
      open={deactivate.open}
      onOpenChange={deactivate.onOpenChange}
      onSubmit={() => deactivate.run({ userId })}
      pending={deactivate.pending}
      confirm={{ variant: 'destructive' }}
    />
  );
}
