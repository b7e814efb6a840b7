'use client';

import { acceptOfferAction, declineOfferAction } from '@/lib/actions/provider-job-actions';
import { DECLINE_REASONS } from '@/lib/domain/decline-reasons';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useCommand } from '@/components/commands/use-command';
import { useCommandDialog } from '@/components/commands/use-command-dialog';
import { useRouter } from 'next/navigation';

export function OfferActions({ jobId, answerBy }: { jobId: string; answerBy?: string }) {
  const router = useRouter();
  const accept = useCommand(acceptOfferAction, { success: 'Offer accepted. The job is yours.' });
  const decline = useCommandDialog(declineOfferAction, { success: 'Offer declined.', onSuccess: () => router.push('/provider') });
  const errors = decline.error?.fieldErrors;
  return (
    <>
      <Button onClick={() => accept.run({ jobId })} pending={accept.pending} disabled={!accept.ready}>
        Accept
      </Button>
      <FormDialog
        trigger={<Button variant="outline">Decline</Button>}
        title="Decline this offer"
        description="The job goes back to the enterprise and leaves your list."
        open={decline.open}
        onOpenChange={decline.onOpenChange}
        onSubmit={(form) => decline.run({ jobId, reason: String(form.get('reason')) as (typeof DECLINE_REASONS)[number], note: String(form.get('note') ?? '') })}
        pending={decline.pending}
      >
        <Field id="decline-reason" label="Reason" error={errors?.reason}>
          <Select name="reason" defaultValue={DECLINE_REASONS[0]}>
            {DECLINE_REASONS.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </Select>
        </Field>
        <Field id="decline-note" label="Note" hint="Required for “Other”." error={errors?.note}>
          <Textarea name="note" maxLength={500} />
        </Field>
      </FormDialog>
      {answerBy && <p className="self-center text-sm text-muted-foreground">Answer by {answerBy}</p>}
    </>
  );
}
