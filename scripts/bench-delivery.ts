// `npm run bench:delivery`: latency from an action (On My Way) to the SMS transport call, through
// the real path (mutateJob → outbox row → NOTIFY → graphile-worker → drain → transport), on a
// throwaway database on the PostgreSQL server at BENCH_DATABASE_URL (default: local, user postgres).
import { organizations, users } from '@/db/schema';
import type { Actor } from '@/lib/server/actor';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import type { SmsTransport } from '@/lib/server/notifications/transport';
import { startGraphileWorker } from '@/lib/server/outbox/graphile-runner';
import { deliverySettings } from '@/lib/server/outbox/settings';
import { throwawayDatabase } from './bench/throwaway-database';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
process.env.FIELDLINE_QUIET_LOGS = '1';

const database = await throwawayDatabase('fieldline_bench');
const { handle } = database;
try {
  // Quiet hours never apply to On My Way, so the bench runs the same at any hour.
  const [provider] = await handle.db.insert(organizations).values({ kind: 'provider', name: 'Bench Plumbing', timeZone: 'America/Chicago' }).returning();
  const [dispatcherRow, techRow] = await handle.db
    .insert(users)
    .values([
      { organizationId: provider!.id, email: 'd@bench.test', name: 'Dee Dispatch', role: 'provider_dispatcher', passwordHash: 'x' },
      { organizationId: provider!.id, email: 't@bench.test', name: 'Tia Tech', role: 'technician', passwordHash: 'x' },
    ])
    .returning();
  const actor = (u: typeof dispatcherRow): Actor => ({ userId: u!.id, name: u!.name, role: u!.role, organizationId: provider!.id, organizationKind: 'provider', source: 'web' });
  const dispatcher = actor(dispatcherRow);
  const tech = { ...actor(techRow), source: 'mobile' as const };

  console.log(`Setting up ${MESSAGES} scheduled visits…`);
  const date = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const visits: { jobId: string; appointmentId: string }[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    const job = await createDirectJob(dispatcher, {
      customerName: `Customer ${i}`,
      customerPhone: `+1512555${String(i % 10_000).padStart(4, '0')}`,
      title: 'Bench visit',
      addressLine1: `${i} Main St`,
      city: 'Austin',
      region: 'TX',
      postalCode: '78701',
      timeZone: 'America/Chicago',
      firstAppointment: { date, windowStart: '09:00', windowEnd: '11:00', technicianId: techRow!.id },
    });
    visits.push({ jobId: job.jobId, appointmentId: job.appointmentId! });
  }

  const started = new Map<string, number>();
  const latencies: number[] = [];
  let done: () => void = () => undefined;
  const allDelivered = new Promise<void>((resolve) => (done = resolve));
  const transport: SmsTransport = {
    name: 'dev',
    send: async ({ idempotencyKey }) => {
      const appointmentId = idempotencyKey.split(':')[2]!;
      const t0 = started.get(appointmentId);
      if (idempotencyKey.startsWith('sms:appointment.enroute:') && t0 !== undefined) {
        latencies.push(performance.now() - t0);
        started.delete(appointmentId);
        if (latencies.length === MESSAGES) done();
      }
      return { providerMessageId: idempotencyKey, delivered: true };
    },
  };
  const worker = await startGraphileWorker(handle, transport, deliverySettings());
  // Let the booking texts drain first, so only On My Way is measured.
  await new Promise((r) => setTimeout(r, 3_000));

  console.log(`Pressing On My Way ${MESSAGES} times (${CONCURRENCY} at once)…`);
  const wall = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < visits.length) {
        const visit = visits[next++]!;
        started.set(visit.appointmentId, performance.now());
        await markEnroute(tech, { ...visit, etaMinutes: 20 });
      }
    }),
  );
  await allDelivered;
  const seconds = (performance.now() - wall) / 1000;
  await worker.stop();

  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]!.toFixed(1);
  console.log(`Delivery latency, action start → transport call, ${latencies.length} messages on PostgreSQL:`);
  console.log(`  p50 ${pct(50)} ms   p95 ${pct(95)} ms   p99 ${pct(99)} ms   max ${latencies.at(-1)!.toFixed(1)} ms   (${(latencies.length / seconds).toFixed(0)} msg/s)`);
} finally {
  await database.drop();
}
