import type { Metadata } from 'next';
import Link from 'next/link';
import { NewJobForm } from '@/components/manage/new-job-form';
import { actorOf, requireUser } from '@/lib/auth/current-user';
import { findNetworkProviders } from '@/lib/server/network/find-network-providers';
import { organizationTimeZone } from '@/lib/server/settings/organization-time-zone';

export const metadata: Metadata = { title: 'New job' };

export default async function NewJobPage() {
  const actor = actorOf(await requireUser('enterprise'));
  const [providers, timeZone] = await Promise.all([findNetworkProviders(actor), organizationTimeZone(actor)]);
  return (
    <main className="grid gap-4">
      <Link href="/manage/jobs" className="text-sm underline underline-offset-2">
        Back to jobs
      </Link>
      <h1 className="text-xl font-semibold tracking-tight">New job</h1>
      <NewJobForm providers={providers} defaultTimeZone={timeZone} />
    </main>
  );
}
