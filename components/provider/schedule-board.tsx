import { formatInZone } from '@/lib/format/time';
import { instantToZonedParts } from '@/lib/domain/zoned-time';
import type { ScheduleVisit } from '@/lib/server/schedule/find-schedule';
import type { ScheduleRange } from '@/lib/server/schedule/schedule-range';
import { ScheduleBlock } from './schedule-block';

type Lane = { id: string | null; name: string };
type Props = { range: ScheduleRange; timeZone: string; visits: ScheduleVisit[]; technicians: { id: string; name: string; active: boolean }[] };

const HOUR_MS = 3_600_000;
const ROW_REM = 2.75;

/** Greedy rows so overlapping visits of one technician sit one under the other instead of on top. */
function packRows(visits: ScheduleVisit[]): ScheduleVisit[][] {
  const rows: ScheduleVisit[][] = [];
  for (const v of visits) {
    const row = rows.find((r) => r.at(-1)!.windowEnd <= v.windowStart);
    if (row) row.push(v);
    else rows.push([v]);
  }
  return rows;
}

/** One lane per technician plus Unassigned; a day shows a time axis, a week one column per day. */
export function ScheduleBoard({ range, timeZone, visits, technicians }: Props) {
  const lanes: Lane[] = [...technicians.map((t) => ({ id: t.id, name: t.active ? t.name : `${t.name} (inactive)` })), { id: null, name: 'Unassigned' }];
  const laneVisits = (lane: Lane) => visits.filter((v) => v.technicianId === lane.id);
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <div role="table" aria-label="Schedule" className="min-w-[56rem]">
        {range.view === 'day' ? <DayAxis range={range} timeZone={timeZone} /> : <WeekHeader range={range} />}
        {lanes.map((lane) => (
          <div role="row" key={lane.id ?? 'unassigned'} className="grid grid-cols-[10rem_1fr] border-t border-border">
            <div role="rowheader" className="bg-muted/40 px-3 py-2 text-sm font-medium">
              {lane.name}
            </div>
            {range.view === 'day' ? (
              <DayLane range={range} timeZone={timeZone} visits={laneVisits(lane)} />
            ) : (
              <WeekLane range={range} timeZone={timeZone} visits={laneVisits(lane)} />
            )}
          </div>
        ))}
      </div>
    </div>
  );
}

function hoursShown(range: ScheduleRange) {
  return Math.round((range.to.getTime() - range.from.getTime()) / HOUR_MS);
}

function DayAxis({ range, timeZone }: { range: ScheduleRange; timeZone: string }) {
  const hours = hoursShown(range);
  return (
    <div role="row" className="grid grid-cols-[10rem_1fr] bg-muted/40 text-xs text-muted-foreground">
      <div role="columnheader" className="px-3 py-2 font-medium">
        Technician
      </div>
      <div role="columnheader" className="relative h-8" aria-label={`Time of day (${timeZone})`}>
        {Array.from({ length: hours / 2 }, (_, i) => (
          <span key={i} aria-hidden="true" className="absolute top-2 border-l border-border pl-1" style={{ left: `${((i * 2) / hours) * 100}%` }}>
            {formatInZone(new Date(range.from.getTime() + i * 2 * HOUR_MS), timeZone, { timeOnly: true, zone: false }).replace(':00', '')}
          </span>
        ))}
      </div>
    </div>
  );
}

function DayLane({ range, timeZone, visits }: { range: ScheduleRange; timeZone: string; visits: ScheduleVisit[] }) {
  const span = range.to.getTime() - range.from.getTime();
  const pct = (d: Date) => Math.min(100, Math.max(0, ((d.getTime() - range.from.getTime()) / span) * 100));
  const rows = packRows(visits);
  return (
    <div role="cell" className="relative" style={{ height: `${Math.max(1, rows.length) * ROW_REM + 0.5}rem` }}>
      {rows.flatMap((row, r) =>
        row.map((v) => (
          <ScheduleBlock
            key={v.id}
            visit={v}
            timeZone={timeZone}
            className="absolute"
            style={{ left: `${pct(v.windowStart)}%`, width: `${Math.max(pct(v.windowEnd) - pct(v.windowStart), 6)}%`, top: `${r * ROW_REM + 0.25}rem`, height: `${ROW_REM - 0.25}rem` }}
          />
        )),
      )}
    </div>
  );
}

function WeekHeader({ range }: { range: ScheduleRange }) {
  return (
    <div role="row" className="grid grid-cols-[10rem_1fr] bg-muted/40 text-xs font-medium text-muted-foreground">
      <div role="columnheader" className="px-3 py-2">
        Technician
      </div>
      <div className="grid grid-cols-7">
        {range.days.map((day) => (
          <div role="columnheader" key={day} className="border-l border-border px-2 py-2">
            {formatInZone(new Date(`${day}T12:00:00Z`), 'UTC', { dateOnly: true })}
          </div>
        ))}
      </div>
    </div>
  );
}

function WeekLane({ range, timeZone, visits }: { range: ScheduleRange; timeZone: string; visits: ScheduleVisit[] }) {
  return (
    <div className="grid grid-cols-7">
      {range.days.map((day) => (
        <div role="cell" key={day} className="grid min-h-12 content-start gap-1 border-l border-border p-1">
          {visits
            .filter((v) => instantToZonedParts(v.windowStart, timeZone).date === day)
            .map((v) => (
              <ScheduleBlock key={v.id} visit={v} timeZone={timeZone} />
            ))}
        </div>
      ))}
    </div>
  );
}
