'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

type Props = { customers: { id: string; name: string; phone: string | null }[]; errors?: Record<string, string[]> };

/** Either an existing customer of the provider or a new one typed in; only the chosen half is sent. */
export function NewJobCustomer({ customers, errors }: Props) {
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  return (
    <fieldset className="grid gap-4 rounded-lg border border-border p-4">
      <legend className="px-1 text-sm font-semibold">Customer</legend>
      <div role="radiogroup" aria-label="Customer" className="flex flex-wrap gap-4 text-sm">
        {(['new', 'existing'] as const).map((m) => (
          <label key={m} className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name="customerMode" value={m} checked={mode === m} onChange={() => setMode(m)} disabled={m === 'existing' && customers.length === 0} />
            {m === 'new' ? 'New customer' : 'Existing customer'}
          </label>
        ))}
      </div>
      {mode === 'existing' ? (
        <Field id="customer-id" label="Existing customer" error={errors?.customerId}>
          <Select name="customerId" defaultValue="" required>
            <option value="" disabled>
              Choose a customer…
            </option>
            {customers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.phone ? ` · ${c.phone}` : ''}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="customer-name" label="Customer name" error={errors?.customerName} required>
            <Input name="customerName" autoComplete="off" />
          </Field>
          <Field id="customer-phone" label="Phone" error={errors?.customerPhone}>
            <Input name="customerPhone" type="tel" inputMode="tel" autoComplete="off" />
          </Field>
          <Field id="customer-email" label="Email" error={errors?.customerEmail}>
            <Input name="customerEmail" type="email" autoComplete="off" />
          </Field>
          <label className="inline-flex min-h-11 items-center gap-2 self-end text-sm">
            <input type="checkbox" name="smsConsent" defaultChecked />
            Customer agrees to text messages
          </label>
        </div>
      )}
    </fieldset>
  );
}
