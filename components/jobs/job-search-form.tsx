'use client';

import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/select';
import { JOB_STATUS_LABELS, type JobStatus } from '@/lib/domain/statuses';

type Values = {
  statuses: readonly JobStatus[];
  providerId?: string;
  createdFrom?: string;
  createdTo?: string;
  visitFrom?: string;
  visitTo?: string;
  q?: string;
  sort: string;
};

type Props = {
  action: string;
  values: Values;
  statuses: readonly JobStatus[];
  providers?: { id: string; name: string }[];
  placeholder: string;
};

const SORTS = [
  ['activity', 'Last activity'],
  ['created', 'Newest created'],
  ['next_visit', 'Next appointment'],
] as const;

/**
 * A GET form, so the view lives in the URL (bookmarks, Back). With JavaScript the empty fields
 * are left out of the address; without it the plain form submission works the same.
 */
export function JobSearchForm({ action, values, statuses, providers, placeholder }: Props) {
  const router = useRouter();
  return (
    <form
      action={action}
      role="search"
      aria-label="Filter jobs"
      className="grid gap-3 rounded-lg border p-3"
      onSubmit={(e) => {
        e.preventDefault();
        const query = new URLSearchParams();
        const data = new FormData(e.currentTarget);
        const picked = data.getAll('status').map(String);
        if (picked.length) query.set('status', picked.join(','));
        for (const [key, value] of data) if (key !== 'status' && value && !(key === 'sort' && value === 'activity')) query.set(key, String(value));
        const text = query.toString();
        router.push(text ? `${action}?${text}` : action);
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1">
          <Label htmlFor="job-search">Search</Label>
          <Input id="job-search" name="q" type="search" defaultValue={values.q} placeholder={placeholder} className="w-80" />
        </div>
        {providers && (
          <div className="grid gap-1">
            <Label htmlFor="job-provider">Provider</Label>
            <Select id="job-provider" name="providerId" defaultValue={values.providerId ?? ''} className="w-48">
              <option value="">Any provider</option>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </div>
        )}
        <DateRange label="Created" name="created" from={values.createdFrom} to={values.createdTo} />
        <DateRange label="Appointment" name="visit" from={values.visitFrom} to={values.visitTo} />
        <div className="grid gap-1">
          <Label htmlFor="job-sort">Sort by</Label>
          <Select id="job-sort" name="sort" defaultValue={values.sort} className="w-44">
            {SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit">Apply</Button>
      </div>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">Statuses</legend>
        {statuses.map((status) => (
          <label key={status} className="inline-flex items-center gap-1.5">
            <input type="checkbox" name="status" value={status} defaultChecked={values.statuses.includes(status)} className="size-4" />
            {JOB_STATUS_LABELS[status]}
          </label>
        ))}
      </fieldset>
    </form>
  );
}

function DateRange({ label, name, from, to }: { label: string; name: string; from?: string; to?: string }) {
  return (
    <fieldset className="grid gap-1">
      <legend className="text-sm font-medium">{label}</legend>
      <div className="flex items-center gap-1">
        <Input type="date" name={`${name}From`} aria-label={`${label} from`} defaultValue={from} className="w-36" />
        <span aria-hidden="true">–</span>
        <Input type="date" name={`${name}To`} aria-label={`${label} to`} defaultValue={to} className="w-36" />
      </div>
    </fieldset>
  );
}
