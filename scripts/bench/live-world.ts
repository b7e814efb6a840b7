import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Role } from '@/lib/domain/statuses';
import type { Actor } from '@/lib/server/actor';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { createJob } from '@/lib/server/jobs/create-job';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { addNetworkProvider } from '@/lib/server/organizations/add-network-provider';
import { createCompleteReason } from '@/lib/server/organizations/create-complete-reason';
import { createOrganization } from '@/lib/server/organizations/create-organization';
import { hashPassword } from '@/lib/server/users/passwords';

export const BENCH_PASSWORD = 'bench password 123';
const ZONE = 'America/Chicago';

export type BenchUser = Actor & { email: string };
export type BenchVisit = { jobId: string; appointmentId: string; technician: BenchUser; trackingToken: string };
export type LiveWorld = { admin: BenchUser; staff: BenchUser[]; dispatchers: BenchUser[]; technicians: BenchUser[]; visits: BenchVisit[] };

/** An enterprise and a provider with `n` staff, dispatchers and technicians, and one scheduled visit per technician. */
export async function buildLiveWorld(db: Database, n: number): Promise<LiveWorld> {
  const acme = await createOrganization({ kind: 'enterprise', name: 'Bench Warranty', timeZone: ZONE }, db);
  const bolt = await createOrganization({ kind: 'provider', name: 'Bench Plumbing', timeZone: ZONE }, db);
  await addNetworkProvider({ enterpriseId: acme.id, providerId: bolt.id }, db);
  await createCompleteReason({ organizationId: acme.id, label: 'Fixed', effect: 'complete' }, db);
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const people = async (organizationId: string, organizationKind: Actor['organizationKind'], role: Role, count: number, prefix: string) => {
    const rows = await db
      .insert(users)
      .values(Array.from({ length: count }, (_, i) => ({ organizationId, role, passwordHash, name: `${prefix} ${i}`, email: `${prefix.toLowerCase()}${i}@bench.test` })))
      .returning();
    return rows.map((u): BenchUser => ({ userId: u.id, name: u.name, role: u.role, organizationId, organizationKind, source: role === 'technician' ? 'mobile' : 'web', email: u.email }));
  };
  const [admin] = await people(acme.id, 'enterprise', 'enterprise_admin', 1, 'Admin');
  const staff = await people(acme.id, 'enterprise', 'enterprise_staff', n, 'Staff');
  const dispatchers = await people(bolt.id, 'provider', 'provider_dispatcher', n, 'Dispatcher');
  const technicians = await people(bolt.id, 'provider', 'technician', n, 'Tech');

  const date = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const visits: BenchVisit[] = [];
  for (const [i, technician] of technicians.entries()) {
    const job = await createJob(admin!, {
      customerName: `Customer ${i}`,
      customerPhone: `+1512555${String(1000 + i).padStart(4, '0')}`,
      title: `Live bench ${i}`,
      addressLine1: `${i} Bench St`,
      city: 'Austin',
      region: 'TX',
      postalCode: '78701',
      timeZone: ZONE,
      offerToProviderId: bolt.id,
    });
    await acceptOffer(dispatchers[0]!, { jobId: job.jobId });
    const { result } = await scheduleAppointment(dispatchers[0]!, { jobId: job.jobId, date, windowStart: '09:00', windowEnd: '11:00', technicianId: technician.userId });
    visits.push({ jobId: job.jobId, appointmentId: result.appointmentId, technician, trackingToken: '' });
  }
  return { admin: admin!, staff, dispatchers, technicians, visits };
}
