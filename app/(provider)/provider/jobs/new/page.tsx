import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NewJobForm } from '@/components/provider/new-job-form';
import { actorOf, requireUser } from '@/lib/auth/current-user';
import { instantToZonedParts } from '@/lib/domain/zoned-time';
import { findCustomers } from '@/lib/server/customers/find-customers';
import { getOrganizationTimeZone } from '@/lib/server/schedule/get-organization-time-zone';
import { findTechnicians } from '@/lib/server/users/find-technicians';

export const metadata: Metadata = { title: 'New job' };

export default async function NewDirectJobPage() {
  const user = await requireUser('provider');
  if (user.role !== 'provider_dispatcher') redirect('/provider/today');
  const actor = actorOf(user);
  const [customers, technicians, timeZone] = await Promise.all([findCustomers(actor), findTechnicians(actor), getOrganizationTimeZone(actor)]);
  return (
    <main className="grid gap-4">
      <h1 className="text-xl font-semibold tracking-tight">New job</h1>
      <p className="text-sm text-muted-foreground">Your own job, for a customer who came to you directly. Completing visits uses your own complete reasons.</p>
      <NewJobForm customers={customers} technicians={technicians} defaultTimeZone={timeZone} today={instantToZonedParts(new Date(), timeZone).date} />
    </main>
  );
}
