import 'server-only';
import type { Actor } from '../actor';
import { forbidden } from '../errors';

/** The team belongs to the provider's dispatchers; technicians and enterprise users never manage it. */
export function assertDispatcher(actor: Actor): void {
  if (actor.organizationKind !== 'provider' || actor.role !== 'provider_dispatcher') {
    throw forbidden('Only a dispatcher can manage the team.');
  }
}
