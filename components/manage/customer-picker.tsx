'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { searchCustomersAction } from '@/lib/actions/manage-job-actions';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

type Customer = { id: string; name: string; phone: string | null; email: string | null };

/** Finds one of the enterprise's customers by name, phone or email; the chosen id is sent as customerId. */
export function CustomerPicker({ error }: { error?: string[] }) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<Customer | null>(null);
  // Waits for a pause in typing so one search runs per word, not per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useQuery({
    queryKey: ['customers', 'search', q],
    enabled: q.length >= 2,
    queryFn: async () => {
      const result = await searchCustomersAction({ q });
      if (!result.ok) throw new Error(result.message);
      return result.data;
    },
  });
  return (
    <div className="grid gap-3">
      <input type="hidden" name="customerId" value={chosen?.id ?? ''} />
      <Field id="customer-search" label="Find a customer" hint="Type at least two letters of the name, phone or email." error={error}>
        <Input type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      </Field>
      {chosen && (
        <p className="text-sm" aria-live="polite">
          Chosen: <strong>{chosen.name}</strong> {chosen.phone && `· ${chosen.phone}`}
        </p>
      )}
      {q.length >= 2 && (
        <div role="radiogroup" aria-label="Matching customers" className="grid max-h-60 gap-1 overflow-auto rounded-md border p-2 text-sm">
          {results.isPending && <p className="text-muted-foreground">Searching…</p>}
          {results.isError && <p className="text-destructive">{results.error.message}</p>}
          {results.data?.length === 0 && <p className="text-muted-foreground">No customer matches. Switch to “New customer” to add one.</p>}
          {results.data?.map((c) => (
            <label key={c.id} className="inline-flex min-h-9 items-center gap-2 rounded px-1 hover:bg-accent">
              <input type="radio" name="customerChoice" checked={chosen?.id === c.id} onChange={() => setChosen(c)} />
              {c.name}
              <span className="text-muted-foreground">{[c.phone, c.email].filter(Boolean).join(' · ')}</span>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
