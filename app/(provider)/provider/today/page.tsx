import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AppointmentCard } from '@/components/technician/appointment-card';
import { EmptyState } from '@/components/ui/empty-state';
import { LiveUpdates } from '@/components/live/live-updates';
import { actorOf, requireUser } from '@/lib/auth/current-user';
import { findMyAppointments } from '@/lib/server/appointments/find-my-appointments';
import { findReasonsForAppointments } from '@/lib/server/appointments/find-reasons-for-appointments';

export const metadata: Metadata = { title: 'My appointments' };

export default async function TodayPage() {
  const user = await requireUser('provider');
  if (user.role !== 'technician') redirect('/provider');
  const appointments = await findMyAppointments(actorOf(user, 'mobile'));
  const reasons = await findReasonsForAppointments(appointments);
  return (
    <main className="mx-auto grid max-w-lg grid-cols-[minmax(0,1fr)] gap-4">
      <LiveUpdates />
      <h1 className="text-xl font-semibold tracking-tight">My appointments</h1>
      {appointments.length === 0 ? (
        <EmptyState title="Nothing assigned to you" description="New visits appear here as soon as your dispatcher assigns them." />
      ) : (
        <ul className="grid grid-cols-[minmax(0,1fr)] gap-3">
          {appointments.map((a) => (
            <AppointmentCard key={a.id} appointment={a} reasons={reasons.get(a.organizationId) ?? []} />
          ))}
        </ul>
      )}
    </main>
  );
}
