import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ScheduleBoard } from '@/components/provider/schedule-board';
import { ScheduleNav } from '@/components/provider/schedule-nav';
import { LiveUpdates } from '@/components/live/live-updates';
import { actorOf, requireUser } from '@/lib/auth/current-user';
import { instantToZonedParts } from '@/lib/domain/zoned-time';
import { formatInZone, zoneAbbreviation } from '@/lib/format/time';
import { findSchedule } from '@/lib/server/schedule/find-schedule';
import { getOrganizationTimeZone } from '@/lib/server/schedule/get-organization-time-zone';
import { readScheduleParams, scheduleRange } from '@/lib/server/schedule/schedule-range';

export const metadata: Metadata = { title: 'Schedule' };

export default async function SchedulePage({ searchParams }: PageProps<'/provider/schedule'>) {
  const user = await requireUser('provider');
  if (user.role !== 'provider_dispatcher') redirect('/provider/today');
  const actor = actorOf(user);
  const timeZone = await getOrganizationTimeZone(actor);
  const today = instantToZonedParts(new Date(), timeZone).date;
  const { view, date } = readScheduleParams(await searchParams, today);
  const range = scheduleRange(view, date, timeZone);
  const { visits, technicians } = await findSchedule(actor, range);
  const label = (day: string) => formatInZone(new Date(`${day}T12:00:00Z`), 'UTC', { dateOnly: true, year: true });
  const title = view === 'day' ? label(date) : `${label(range.days[0]!)} – ${label(range.days.at(-1)!)}`;
  return (
    <main className="grid gap-4">
      <LiveUpdates />
      <div className="grid gap-1">
        <h1 className="text-xl font-semibold tracking-tight">Schedule</h1>
        <p className="text-sm text-muted-foreground">
          <span className="font-medium text-foreground">{title}</span> · times in {zoneAbbreviation(range.from, timeZone)} ({timeZone})
        </p>
      </div>
      <ScheduleNav view={view} date={date} today={today} />
      <ScheduleBoard range={range} timeZone={timeZone} visits={visits} technicians={technicians} />
      {visits.length === 0 && <p className="text-sm text-muted-foreground">No visits in this {view}. Schedule one from a job’s page.</p>}
    </main>
  );
}
