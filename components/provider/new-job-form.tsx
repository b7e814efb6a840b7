'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createDirectJobAction } from '@/lib/actions/provider-job-actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { formText, readCustomer, readServiceAddress } from '@/components/jobs/read-new-job';
import { ServiceAddressFields } from '@/components/jobs/service-address-fields';
import { useCommand } from '@/components/commands/use-command';
import { NewJobCustomer } from './new-job-customer';
import { WindowFields, readWindow } from './window-fields';

type Props = {
  customers: { id: string; name: string; phone: string | null }[];
  technicians: { id: string; name: string }[];
  defaultTimeZone: string;
  today: string;
};

function readJob(form: FormData, withVisit: boolean) {
  return {
    ...readCustomer(form),
    title: formText(form, 'title'),
    description: formText(form, 'description'),
    priority: formText(form, 'priority') as 'low' | 'normal' | 'high' | 'urgent',
    ...readServiceAddress(form),
    firstAppointment: withVisit ? readWindow(form) : undefined,
  };
}

/** A provider's own job: customer, service address, scope, and optionally the first visit. */
export function NewJobForm({ customers, technicians, defaultTimeZone, today }: Props) {
  const router = useRouter();
  const [withVisit, setWithVisit] = useState(false);
  const create = useCommand(createDirectJobAction, {
    success: (job) => `Job #${job.number} created.`,
    onSuccess: (job) => router.push(`/provider/jobs/${job.jobId}`),
  });
  const errors = create.error?.fieldErrors;
  return (
    <form
      className="grid max-w-3xl gap-6"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.run(readJob(new FormData(e.currentTarget), withVisit));
      }}
    >
      <NewJobCustomer customers={customers} errors={errors} />
      <ServiceAddressFields errors={errors} defaultTimeZone={defaultTimeZone} />
      <fieldset className="grid gap-4 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-semibold">Work</legend>
        <Field id="job-title" label="Title" error={errors?.title} required>
          <Input name="title" autoComplete="off" />
        </Field>
        <Field id="job-description" label="Description" error={errors?.description}>
          <Textarea name="description" maxLength={5000} />
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
      <fieldset className="grid gap-4 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-semibold">First appointment</legend>
        <label className="inline-flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" checked={withVisit} onChange={(e) => setWithVisit(e.target.checked)} />
          Schedule the first visit now
        </label>
        {withVisit && <WindowFields technicians={technicians} defaultDate={today} errors={errors} />}
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
