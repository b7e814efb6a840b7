'use client';

import { useState } from 'react';
import { offerJobAction } from '@/lib/actions/manage-job-actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useActionMutation } from '@/components/jobs/use-action-mutation';

const ANSWER_WITHIN = [
  ['', 'No time limit'],
  ['4', '4 hours'],
  ['24', '24 hours'],
  ['72', '3 days'],
  ['168', '7 days'],
] as const;

export function OfferDialog({ jobId, providers }: { jobId: string; providers: { id: string; name: string }[] }) {
  const [open, setOpen] = useState(false);
  const offer = useActionMutation(offerJobAction, { success: 'Job offered.', onSuccess: () => setOpen(false) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>Offer to provider</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Offer this job</DialogTitle>
          <DialogDescription>The provider sees the scope and address and answers with Accept or Decline.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            offer.mutate({ jobId, providerId: String(form.get('providerId') ?? ''), expiresInHours: String(form.get('expiresInHours') ?? '') });
          }}
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
          <DialogFooter>
            <Button type="submit" disabled={offer.isPending}>
              Confirm
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
