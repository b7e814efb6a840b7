import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';

type Props = {
  id: string;
  technicians: { id: string; name: string }[];
  defaultValue: string | null | undefined;
  error?: readonly string[];
};

/** Who does the visit; the empty choice leaves it unassigned (the dispatcher statuses it). */
export function TechnicianField({ id, technicians, defaultValue, error }: Props) {
  return (
    <Field id={id} label="Technician" error={error}>
      <Select name="technicianId" defaultValue={defaultValue ?? ''}>
        <option value="">Unassigned</option>
        {technicians.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
