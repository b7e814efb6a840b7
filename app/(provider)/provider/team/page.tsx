import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AddTechnicianDialog } from '@/components/provider/add-technician-dialog';
import { TeamTable } from '@/components/provider/team-table';
import { actorOf, requireUser } from '@/lib/auth/current-user';
import { findTeam } from '@/lib/server/team/find-team';

export const metadata: Metadata = { title: 'Team' };

export default async function TeamPage() {
  const user = await requireUser('provider');
  if (user.role !== 'provider_dispatcher') redirect('/provider/today');
  const members = await findTeam(actorOf(user));
  return (
    <main className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold tracking-tight">Team</h1>
        <AddTechnicianDialog />
      </div>
      <TeamTable members={members} />
    </main>
  );
}
