'use client';

import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/lib/actions/session-actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

export function SignInForm() {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { message: null, email: '' });
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      {state.message && <Alert variant="error">{state.message}</Alert>}
      <Field id="email" label="Email">
        <Input name="email" type="email" autoComplete="username" defaultValue={state.email} required autoFocus />
      </Field>
      <Field id="password" label="Password">
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
