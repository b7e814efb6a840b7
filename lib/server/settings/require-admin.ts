import 'server-only';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { logEvent } from '../log';

/** Settings belong to the enterprise admin; every settings operation starts here. */
export function requireEnterpriseAdmin(actor: Actor): void {
  if (actor.role === 'enterprise_admin') return;
  logEvent('authorization.refused', { userId: actor.userId, role: actor.role, action: 'settings' });
  throw forbidden('Only an enterprise admin can change settings.');
}
