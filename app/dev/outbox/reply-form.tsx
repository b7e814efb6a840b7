'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import type { ActionResult } from '@/lib/actions/action-result';
import { simulateReplyAction } from './actions';

type Reply = 'stop' | 'start' | 'other';

const CONFIRMATION: Record<Reply, string> = {
  stop: 'Recorded STOP: this customer gets no more texts.',
  start: 'Recorded START: texts to this customer resume.',
  other: 'Only STOP and START change anything; that reply was ignored.',
};

/** Stands in for a customer's reply while the development transport is active. */
export function ReplyForm({ numbers }: { numbers: string[] }) {
  const [result, action, pending] = useActionState<ActionResult<Reply> | null, FormData>(simulateReplyAction, null);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
      <Field id="reply-from" label="Customer number">
        <Select name="from" required>
          {numbers.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="reply-body" label="Reply">
        <Select name="body" defaultValue="STOP">
          <option value="STOP">STOP</option>
          <option value="START">START</option>
        </Select>
      </Field>
      <Button type="submit" variant="outline" disabled={pending}>
        Simulate reply
      </Button>
      {result && (
        <Alert variant={result.ok ? 'success' : 'error'} className="sm:col-span-3">
          {result.ok ? CONFIRMATION[result.data] : result.message}
        </Alert>
      )}
    </form>
  );
}
