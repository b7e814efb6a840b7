'use client';

import { offerJobAction } from '@/lib/actions/manage-job-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useCommandDialog } from '@/components/commands/use-command-dialog';

const ANSWER_WITHIN = [
  ['', 'No time limit'],
  ['4', '4 hours'],
  ['24', '24 hours'],
  ['72', '3 days'],
  ['168', '7 days'],
] as const;

export function OfferDialog({ jobId, providers }: { jobId: string; providers: { id: string; name: string }[] }) {
  const offer = useCommandDialog(offerJobAction, { success: 'Job offered.' });
  return (
    <FormDialog
      trigger={<Button>Offer to provider</Button>}
      title="Offer this job"
      description="The provider sees the scope and address and answers with Accept or Decline."
      open={offer.open}
      onOpenChange={offer.onOpenChange}
      onSubmit={(form) => offer.run({ jobId, providerId: String(form.get('providerId') ?? ''), expiresInHours: String(form.get('expiresInHours') ?? '') })}
      pending={offer.pending}
    >
      <Field id="offer-provider" label="Provider" error={offer.error?.fieldErrors?.providerId}>
        <Select name="providerId" defaultValue="" required>
          <option value="" disabled>
            Choose a provider…
          </option>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="offer-expiry" label="Answer within" hint="After that the offer expires and the job is Unassigned again." error={offer.error?.fieldErrors?.expiresInHours}>
        <Select name="expiresInHours" defaultValue="">
          {ANSWER_WITHIN.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
    </FormDialog>
  );
}
