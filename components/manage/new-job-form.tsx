'use client';

import { useRouter } from 'next/navigation';
import { createJobAction } from '@/lib/actions/manage-job-actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useActionMutation } from '@/components/jobs/use-action-mutation';
import { timeZoneOptions } from '@/components/provider/time-zones';
import { NewJobCustomerFields } from './new-job-customer-fields';

type Props = { providers: { id: string; name: string }[]; defaultTimeZone: string };

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

function readJob(form: FormData) {
  const existing = form.get('customerMode') === 'existing';
  return {
    customerId: existing ? text(form, 'customerId') : undefined,
    customerName: existing ? undefined : text(form, 'customerName'),
    customerPhone: existing ? undefined : text(form, 'customerPhone'),
    customerEmail: existing ? undefined : text(form, 'customerEmail'),
    smsConsent: form.get('smsConsent') === 'on',
    title: text(form, 'title'),
    description: text(form, 'description'),
    externalId: text(form, 'externalId'),
    priority: text(form, 'priority') as 'low' | 'normal' | 'high' | 'urgent',
    addressLine1: text(form, 'addressLine1'),
    addressLine2: text(form, 'addressLine2'),
    city: text(form, 'city'),
    region: text(form, 'region'),
    postalCode: text(form, 'postalCode'),
    timeZone: text(form, 'timeZone'),
    offerToProviderId: text(form, 'offerToProviderId'),
  };
}

/** An enterprise job: customer, service address, scope, and optionally the offer to a provider of the network. */
export function NewJobForm({ providers, defaultTimeZone }: Props) {
  const router = useRouter();
  const create = useActionMutation(createJobAction, {
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
        create.mutate(readJob(new FormData(e.currentTarget)));
      }}
    >
      <NewJobCustomerFields errors={errors} />
      <fieldset className="grid gap-4 rounded-lg border p-4 sm:grid-cols-2">
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
        <Button type="submit" disabled={create.isPending}>
          Create job
        </Button>
      </div>
    </form>
  );
}
