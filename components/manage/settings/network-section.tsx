'use client';

import { addProviderToNetworkAction, removeProviderFromNetworkAction } from '@/lib/actions/settings-actions';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useCommand } from '@/components/commands/use-command';

type Provider = { id: string; name: string };

export function NetworkSection({ network, available }: { network: Provider[]; available: Provider[] }) {
  const add = useCommand(addProviderToNetworkAction, { success: (p) => `${nameOf(available, p.providerId)} added to your network.` });
  const remove = useCommand(removeProviderFromNetworkAction, { success: (p) => `${nameOf(network, p.providerId)} removed from your network.` });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Provider network</CardTitle>
        <CardDescription>The providers you can offer jobs to. Removing one stops new offers; jobs it already holds stay with it.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {network.length === 0 ? (
          <p className="text-sm text-muted-foreground">No providers yet. Add one below to start offering jobs.</p>
        ) : (
          <ul aria-label="Providers in your network" className="grid gap-2">
            {network.map((p) => (
              <li key={p.id} className="flex items-center justify-between gap-3 rounded-md border px-3 py-2 text-sm">
                {p.name}
                <Button variant="outline" size="sm" aria-label={`Remove ${p.name}`} pending={remove.pending} disabled={!remove.ready} onClick={() => remove.run({ providerId: p.id })}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="flex flex-wrap items-end gap-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add.run({ providerId: String(new FormData(e.currentTarget).get('providerId') ?? '') });
          }}
        >
          <Field id="network-provider" label="Add a provider" error={add.error?.fieldErrors?.providerId}>
            <Select name="providerId" defaultValue="" className="w-64" disabled={available.length === 0}>
              <option value="" disabled>
                {available.length === 0 ? 'Every provider is in your network' : 'Choose a provider…'}
              </option>
              {available.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" pending={add.pending} disabled={!add.ready || available.length === 0}>
            Add to network
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}

function nameOf(providers: Provider[], id: string): string {
  return providers.find((p) => p.id === id)?.name ?? 'The provider';
}
