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
import { useActionMutation } from '@/components/jobs/use-action-mutation';
import { NewJobCustomer } from './new-job-customer';
import { timeZoneOptions } from './time-zones';
import { WindowFields, readWindow } from './window-fields';

type Props = {
  customers: { id: string; name: string; phone: string | null }[];
  technicians: { id: string; name: string }[];
  defaultTimeZone: string;
  today: string;
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

function readJob(form: FormData, withVisit: boolean) {
  const existing = form.get('customerMode') === 'existing';
  return {
    customerId: existing ? text(form, 'customerId') : undefined,
    customerName: existing ? undefined : text(form, 'customerName'),
    customerPhone: existing ? undefined : text(form, 'customerPhone'),
    customerEmail: existing ? undefined : text(form, 'customerEmail'),
    smsConsent: form.get('smsConsent') === 'on',
    title: text(form, 'title'),
    description: text(form, 'description'),
    priority: text(form, 'priority') as 'low' | 'normal' | 'high' | 'urgent',
    addressLine1: text(form, 'addressLine1'),
    addressLine2: text(form, 'addressLine2'),
    city: text(form, 'city'),
    region: text(form, 'region'),
    postalCode: text(form, 'postalCode'),
    timeZone: text(form, 'timeZone'),
    firstAppointment: withVisit ? readWindow(form) : undefined,
  };
}

/** A provider's own job: customer, service address, scope, and optionally the first visit. */
export function NewJobForm({ customers, technicians, defaultTimeZone, today }: Props) {
  const router = useRouter();
  const [withVisit, setWithVisit] = useState(false);
  const create = useActionMutation(createDirectJobAction, {
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
        create.mutate(readJob(new FormData(e.currentTarget), withVisit));
      }}
    >
      <NewJobCustomer customers={customers} errors={errors} />
      <fieldset className="grid gap-4 rounded-lg border border-border p-4 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Service address</legend>
        <Field id="address-line1" label="Street address" error={errors?.addressLine1} required className="sm:col-span-2">
          <Input name="addressLine1" autoComplete="off" />
        </Field>
        <Field id="address-line2" label="Apartment, suite (optional)" error={errors?.addressLine2} className="sm:col-span-2">
          <Input name="addressLine2" autoComplete="off" />
        </Field>
        <Field id="address-city" label="City" error={errors?.city} required>
          <Input name="city" autoComplete="off" />
        </Field>
        <Field id="address-region" label="State" error={errors?.region} required>
          <Input name="region" autoComplete="off" />
        </Field>
        <Field id="address-postal" label="ZIP code" error={errors?.postalCode} required>
          <Input name="postalCode" autoComplete="off" />
        </Field>
        <Field id="address-zone" label="Time zone" error={errors?.timeZone}>
          <Select name="timeZone" defaultValue={defaultTimeZone}>
            {timeZoneOptions(defaultTimeZone).map((z) => (
              <option key={z.id} value={z.id}>
                {z.label}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
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
        <Button type="submit" disabled={create.isPending}>
          Create job
        </Button>
      </div>
    </form>
  );
}
