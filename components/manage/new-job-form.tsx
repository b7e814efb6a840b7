'use client';

import { useRouter } from 'next/navigation';
import { createJobAction } from '@/lib/actions/manage-job-actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { formText, readCustomer, readServiceAddress } from '@/components/jobs/read-new-job';
import { ServiceAddressFields } from '@/components/jobs/service-address-fields';
import { useCommand } from '@/components/commands/use-command';
import { NewJobCustomerFields } from './new-job-customer-fields';

type Props = { providers: { id: string; name: string }[]; defaultTimeZone: string };

function readJob(form: FormData) {
  return {
    ...readCustomer(form),
    title: formText(form, 'title'),
    description: formText(form, 'description'),
    externalId: formText(form, 'externalId'),
    priority: formText(form, 'priority') as 'low' | 'normal' | 'high' | 'urgent',
    ...readServiceAddress(form),
    offerToProviderId: formText(form, 'offerToProviderId'),
  };
}

/** An enterprise job: customer, service address, scope, and optionally the offer to a provider of the network. */
export function NewJobForm({ providers, defaultTimeZone }: Props) {
  const router = useRouter();
  const create = useCommand(createJobAction, {
    success: (job) => `Job #${job.number} created.`,
    onSuccess: (job) => router.push(`/manage/jobs/${job.jobId}`),
  });
  const errors = create.error?.fieldErrors;
  return (
    <form
      className="grid max-w-3xl gap-6"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.run(readJob(new FormData(e.currentTarget)));
      }}
    >
      <NewJobCustomerFields errors={errors} />
      <ServiceAddressFields errors={errors} defaultTimeZone={defaultTimeZone} />
      <fieldset className="grid gap-4 rounded-lg border p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Work</legend>
        <Field id="job-title" label="Title" error={errors?.title} required className="sm:col-span-2">
          <Input name="title" autoComplete="off" />
        </Field>
        <Field id="job-description" label="Description" error={errors?.description} className="sm:col-span-2">
          <Textarea name="description" maxLength={5000} />
        </Field>
        <Field id="job-external-id" label="External id" hint="Your own reference, e.g. a claim number." error={errors?.externalId}>
          <Input name="externalId" autoComplete="off" />
        </Field>
        <Field id="job-priority" label="Priority" error={errors?.priority}>
          <Select name="priority" defaultValue="normal">
            <option value="low">Low</option>
            <option value="normal">Normal</option>
            <option value="high">High</option>
            <option value="urgent">Urgent</option>
          </Select>
        </Field>
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border p-4">
        <legend className="px-1 text-sm font-semibold">Offer</legend>
        <Field id="job-offer-to" label="Offer to" hint="Leave empty to offer it later from the job page." error={errors?.offerToProviderId}>
          <Select name="offerToProviderId" defaultValue="">
            <option value="">Don’t offer yet</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      {create.error && (
        <Alert variant="error" title="The job was not created.">
          {create.error.message}
        </Alert>
      )}
      <div>
        <Button type="submit" pending={create.pending} disabled={!create.ready}>
          Create job
        </Button>
      </div>
    </form>
  );
}
