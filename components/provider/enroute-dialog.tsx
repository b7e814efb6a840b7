'use client';

import type { markEnrouteAction } from '@/lib/actions/appointment-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useCommandDialog } from '@/components/commands/use-command-dialog';

type Props = { jobId: string; appointmentId: string; size: 'default' | 'lg'; action: typeof markEnrouteAction };

export function EnrouteDialog({ jobId, appointmentId, size, action }: Props) {
  const enroute = useCommandDialog(action, { success: 'On My Way sent to the customer.' });
  return (
    <FormDialog
      trigger={<Button size={size}>On My Way</Button>}
      title="On My Way"
      description="The customer gets a text with your arrival time and a tracking link."
      open={enroute.open}
      onOpenChange={enroute.onOpenChange}
      onSubmit={(form) => enroute.run({ jobId, appointmentId, etaMinutes: String(form.get('etaMinutes') ?? '') })}
      pending={enroute.pending}
      confirm={{ size: 'lg' }}
    >
      <Field id="eta-minutes" label="ETA (minutes)" error={enroute.error?.fieldErrors?.etaMinutes}>
        <Input name="etaMinutes" type="number" inputMode="numeric" min={1} max={600} defaultValue={30} required className="h-11 text-base" />
      </Field>
    </FormDialog>
  );
}
