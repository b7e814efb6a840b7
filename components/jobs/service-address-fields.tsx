import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { timeZoneOptions } from './time-zones';

type Props = { errors?: Record<string, string[]>; defaultTimeZone: string };

/** The service address of a new job, enterprise or direct: street, city, state, ZIP and its time zone. */
export function ServiceAddressFields({ errors, defaultTimeZone }: Props) {
  return (
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
  );
}
