'use client';

import { useRef } from 'react';
import { saveCompleteReasonAction } from '@/lib/actions/settings-actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useCommand } from '@/components/commands/use-command';

type Reason = { id: string; label: string; effect: 'complete' | 'pause'; sortOrder: number; active: boolean };

/** Adds a reason, or edits one when `reason` is given; ids are prefixed so several forms can share a page. */
export function ReasonForm({ reason, onDone }: { reason?: Reason; onDone?: () => void }) {
  const form = useRef<HTMLFormElement>(null);
  const save = useCommand(saveCompleteReasonAction, {
    success: reason ? 'Reason saved.' : 'Reason added.',
    onSuccess: () => {
      if (!reason) form.current?.reset();
      onDone?.();
    },
  });
  const errors = save.error?.fieldErrors;
  const prefix = reason ? `reason-${reason.id}` : 'reason-new';
  return (
    <form
      ref={form}
      className="flex flex-wrap items-end gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        save.run(
          {
            id: reason?.id,
            label: String(data.get('label') ?? ''),
            effect: String(data.get('effect')) as Reason['effect'],
            sortOrder: String(data.get('sortOrder') ?? '0'),
            active: reason ? data.get('active') === 'on' : true,
          },
        );
      }}
    >
      <Field id={`${prefix}-label`} label="Label" error={errors?.label} required>
        <Input name="label" defaultValue={reason?.label} className="w-64" autoComplete="off" />
      </Field>
      <Field id={`${prefix}-effect`} label="Effect" error={errors?.effect}>
        <Select name="effect" defaultValue={reason?.effect ?? 'complete'} className="w-52">
          <option value="complete">Completes the job</option>
          <option value="pause">Pauses the job</option>
        </Select>
      </Field>
      <Field id={`${prefix}-order`} label="Order" error={errors?.sortOrder}>
        <Input name="sortOrder" type="number" min={0} defaultValue={reason?.sortOrder ?? 0} className="w-24" />
      </Field>
      {reason && (
        <label className="inline-flex h-9 items-center gap-2 text-sm">
          <input type="checkbox" name="active" defaultChecked={reason.active} className="size-4" />
          Active
        </label>
      )}
      <Button type="submit" pending={save.pending} disabled={!save.ready}>
        {reason ? 'Save' : 'Add reason'}
      </Button>
    </form>
  );
}
