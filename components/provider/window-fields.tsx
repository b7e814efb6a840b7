import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { TechnicianField } from './technician-field';

type Props = {
  technicians: { id: string; name: string }[];
  defaultDate: string;
  defaults?: { windowStart: string; windowEnd: string; technicianId: string | null };
  errors?: Record<string, string[]>;
};

export function readWindow(form: FormData) {
  return {
    date: String(form.get('date') ?? ''),
    windowStart: String(form.get('windowStart') ?? ''),
    windowEnd: String(form.get('windowEnd') ?? ''),
    technicianId: String(form.get('technicianId') ?? ''),
  };
}

/** Date, arrival window and technician, as typed in the service address's zone. */
export function WindowFields({ technicians, defaultDate, defaults, errors }: Props) {
  return (
    <>
      <Field id="appointment-date" label="Date" error={errors?.date}>
        <Input name="date" type="date" defaultValue={defaultDate} required />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id="appointment-start" label="Arrival window start" error={errors?.windowStart}>
          <Input name="windowStart" type="time" defaultValue={defaults?.windowStart ?? '08:00'} required />
        </Field>
        <Field id="appointment-end" label="Arrival window end" error={errors?.windowEnd}>
          <Input name="windowEnd" type="time" defaultValue={defaults?.windowEnd ?? '10:00'} required />
        </Field>
      </div>
      <TechnicianField id="appointment-technician" technicians={technicians} defaultValue={defaults?.technicianId} error={errors?.technicianId} />
    </>
  );
}
