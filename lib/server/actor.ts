import type { EventSource, OrganizationKind, Role } from '@/lib/domain/statuses';

/** Who is acting, as loaded from a live session (or a script): every operation takes one first. */
export type Actor = {
  userId: string;
  name: string;
  role: Role;
  organizationId: string;
  organizationKind: OrganizationKind;
  source: EventSource;
};

export const isEnterprise = (actor: Actor) => actor.organizationKind === 'enterprise';
export const isProvider = (actor: Actor) => actor.organizationKind === 'provider';
