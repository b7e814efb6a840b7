'use client';

import { addTechnicianAction } from '@/lib/actions/team-actions';
import { Button } from '@/components/ui/button';
import { FormDialog } from '@/components/ui/form-dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useCommandDialog } from '@/components/commands/use-command-dialog';

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

/** Adds a technician who signs in with the initial password given here (sent to them by the dispatcher). */
export function AddTechnicianDialog() {
  const add = useCommandDialog(addTechnicianAction, { success: (t) => `${t.name} can now sign in.` });
  const errors = add.error?.fieldErrors;
  return (
    <FormDialog
      trigger={<Button>Add technician</Button>}
      title="Add technician"
      description="They sign in with this email and the initial password; give it to them in person or by phone."
      open={add.open}
      onOpenChange={add.onOpenChange}
      onSubmit={(form) => add.run({ name: text(form, 'name'), email: text(form, 'email'), phone: text(form, 'phone'), password: text(form, 'password') })}
      pending={add.pending}
    >
      <Field id="technician-name" label="Name" error={errors?.name} required>
        <Input name="name" autoComplete="off" />
      </Field>
      <Field id="technician-email" label="Email" error={errors?.email} required>
        <Input name="email" type="email" autoComplete="off" />
      </Field>
      <Field id="technician-phone" label="Phone" error={errors?.phone}>
        <Input name="phone" type="tel" inputMode="tel" autoComplete="off" />
      </Field>
      <Field id="technician-password" label="Initial password" hint="At least 12 characters." error={errors?.password} required>
        <Input name="password" type="password" autoComplete="new-password" minLength={12} />
      </Field>
    </FormDialog>
  );
}
