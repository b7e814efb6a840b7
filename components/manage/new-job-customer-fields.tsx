'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { CustomerPicker } from './customer-picker';

/** New customer typed in, or an existing one found by search; only the chosen half is sent. */
export function NewJobCustomerFields({ errors }: { errors?: Record<string, string[]> }) {
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  return (
    <fieldset className="grid gap-4 rounded-lg border p-4">
      <legend className="px-1 text-sm font-semibold">Customer</legend>
      <div role="radiogroup" aria-label="Customer" className="flex flex-wrap gap-4 text-sm">
        {(['new', 'existing'] as const).map((m) => (
          <label key={m} className="inline-flex min-h-9 items-center gap-2">
            <input type="radio" name="customerMode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {m === 'new' ? 'New customer' : 'Existing customer'}
          </label>
        ))}
      </div>
      {mode === 'existing' ? (
        <CustomerPicker error={errors?.customerId ?? errors?.customerName} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="customer-name" label="Customer name" error={errors?.customerName} required>
            <Input name="customerName" autoComplete="off" />
          </Field>
          <Field id="customer-phone" label="Phone" hint="US numbers can be typed as (512) 555-0143." error={errors?.customerPhone}>
            <Input name="customerPhone" type="tel" inputMode="tel" autoComplete="off" />
          </Field>
          <Field id="customer-email" label="Email" error={errors?.customerEmail}>
            <Input name="customerEmail" type="email" autoComplete="off" />
          </Field>
          <label className="inline-flex min-h-9 items-center gap-2 self-end text-sm">
            <input type="checkbox" name="smsConsent" defaultChecked />
            Customer agrees to text messages
          </label>
        </div>
      )}
    </fieldset>
  );
}
