import type { User } from '@/db/schema';
import type { Queryable } from '@/db/types';
import type { Role } from '@/lib/domain/statuses';
import type { Actor } from '@/lib/server/actor';
import { addNetworkProvider } from '@/lib/server/organizations/add-network-provider';
import { createCompleteReason } from '@/lib/server/organizations/create-complete-reason';
import { createOrganization } from '@/lib/server/organizations/create-organization';
import { createUser } from '@/lib/server/organizations/create-user';
import type { Trade } from './demo-work';

type Person = { email: string; name: string; phone: string; role: Role };

const ACME_USERS: Person[] = [
  { email: 'manage@acme.test', name: 'Morgan Lee', phone: '(512) 555-0101', role: 'enterprise_admin' },
  { email: 'staff@acme.test', name: 'Sam Patel', phone: '(512) 555-0102', role: 'enterprise_staff' },
];
const BOLT_USERS: Person[] = [
  { email: 'dispatch@bolt.test', name: 'Dana Brooks', phone: '(512) 555-0110', role: 'provider_dispatcher' },
  { email: 'tech@bolt.test', name: 'Toni Alvarez', phone: '(512) 555-0111', role: 'technician' },
  { email: 'jordan@bolt.test', name: 'Jordan Reyes', phone: '(512) 555-0112', role: 'technician' },
  { email: 'marcus@bolt.test', name: 'Marcus Chen', phone: '(737) 555-0113', role: 'technician' },
];
const NORTHSIDE_USERS: Person[] = [
  { email: 'dispatch@northside.test', name: 'Nico Park', phone: '(214) 555-0120', role: 'provider_dispatcher' },
  { email: 'elena@northside.test', name: 'Elena Novak', phone: '(214) 555-0121', role: 'technician' },
  { email: 'darius@northside.test', name: 'Darius Hill', phone: '(469) 555-0122', role: 'technician' },
  { email: 'grace@northside.test', name: 'Grace Kim', phone: '(972) 555-0123', role: 'technician' },
];

const ACME_REASONS = [
  ['Repaired (job completed)', 'complete'],
  ['Ready for billing', 'complete'],
  ['I ordered parts', 'pause'],
  ['Customer not home', 'pause'],
  ['Requires follow-up appointment', 'pause'],
  ['Interrupted (emergency call)', 'pause'],
] as const;
const PROVIDER_REASONS = [
  ['Work completed', 'complete'],
  ['Needs another visit', 'pause'],
  ['Waiting on parts', 'pause'],
] as const;

/** A provider as the seed sees it: who dispatches, who goes out, what trade it does. */
export type DemoProvider = {
  id: string;
  name: string;
  trade: Trade;
  dispatcher: Actor;
  technicians: Actor[];
  /** The provider's own complete reasons, for its direct jobs. */
  reasons: Record<string, string>;
};

export type Cast = {
  acme: { id: string; admin: Actor; staff: Actor; reasons: Record<string, string> };
  bolt: DemoProvider;
  northside: DemoProvider;
};

function actorOf(user: User, organizationKind: Actor['organizationKind']): Actor {
  const source = user.role === 'technician' ? 'mobile' : 'web';
  return { userId: user.id, name: user.name, role: user.role, organizationId: user.organizationId, organizationKind, source };
}

async function addUsers(db: Queryable, organizationId: string, kind: Actor['organizationKind'], people: Person[], passwordHash: string) {
  const actors: Actor[] = [];
  for (const person of people) actors.push(actorOf(await createUser({ ...person, organizationId, passwordHash }, db), kind));
  return actors;
}

async function addReasons(db: Queryable, organizationId: string, list: readonly (readonly [string, 'complete' | 'pause'])[]) {
  const ids: Record<string, string> = {};
  for (const [index, [label, effect]] of list.entries()) {
    ids[label] = (await createCompleteReason({ organizationId, label, effect, sortOrder: (index + 1) * 10 }, db)).id;
  }
  return ids;
}

async function addProvider(db: Queryable, name: string, trade: Trade, people: Person[], passwordHash: string): Promise<DemoProvider> {
  const org = await createOrganization({ kind: 'provider', name, timeZone: 'America/Chicago' }, db);
  const [dispatcher, ...technicians] = await addUsers(db, org.id, 'provider', people, passwordHash);
  return { id: org.id, name, trade, dispatcher: dispatcher!, technicians, reasons: await addReasons(db, org.id, PROVIDER_REASONS) };
}

/** The organizations, people, network and reason lists of the demo, inserted in one transaction. */
export async function createCast(db: Queryable, passwordHash: string): Promise<Cast> {
  const acme = await createOrganization({ kind: 'enterprise', name: 'Acme Home Warranty', timeZone: 'America/Chicago' }, db);
  const [admin, staff] = await addUsers(db, acme.id, 'enterprise', ACME_USERS, passwordHash);
  const bolt = await addProvider(db, 'Bolt Plumbing', 'plumbing', BOLT_USERS, passwordHash);
  const northside = await addProvider(db, 'Northside HVAC', 'hvac', NORTHSIDE_USERS, passwordHash);
  await addNetworkProvider({ enterpriseId: acme.id, providerId: bolt.id }, db);
  await addNetworkProvider({ enterpriseId: acme.id, providerId: northside.id }, db);
  return { acme: { id: acme.id, admin: admin!, staff: staff!, reasons: await addReasons(db, acme.id, ACME_REASONS) }, bolt, northside };
}
