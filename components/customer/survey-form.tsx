'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import type { ActionResult } from '@/lib/actions/action-result';
import { StarRating, ThankYou } from './star-rating';

type SurveyAction = (previous: ActionResult<{ rating: number }> | null, form: FormData) => Promise<ActionResult<{ rating: number }>>;

export function SurveyForm({ token, commandId, providerName, action }: { token: string; commandId: string; providerName: string; action: SurveyAction }) {
  const [result, formAction, pending] = useActionState(action, null);
  if (result?.ok) return <ThankYou rating={result.data.rating} />;
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={formAction} className="grid gap-5">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="commandId" value={commandId} />
      <StarRating legend={`How did ${providerName} do?`} error={errors?.rating} />
      <Field id="comment" label="Anything you'd like to tell us? (optional)" error={errors?.comment}>
        <Textarea name="comment" rows={4} maxLength={2000} className="text-base" />
      </Field>
      {result && !result.ok && !errors && <Alert variant="error">{result.message}</Alert>}
      <Button type="submit" size="lg" pending={pending}>
        {pending ? 'Sending…' : 'Send'}
      </Button>
    </form>
  );
}
