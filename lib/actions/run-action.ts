import 'server-only';
import { refresh, revalidatePath } from 'next/cache';
import { z } from 'zod';
import { actorOf, currentUser } from '@/lib/auth/current-user';
import type { EventSource, OrganizationKind } from '@/lib/domain/statuses';
import type { Actor } from '@/lib/server/actor';
import { runCommand, type JsonValue } from '@/lib/server/commands/run-command';
import { invalidInput, isAppError } from '@/lib/server/errors';
import { logEvent } from '@/lib/server/log';
import type { SessionUser } from '@/lib/server/users/sign-in-with-password';
import type { ActionResult } from './action-result';

type Portal = { portal: OrganizationKind };

/**
 * The part every server action shares, so none can skip it: the actor from the live session,
 * the portal check, expected failures as a typed result, anything else logged and hidden.
 */
async function guarded<T>(options: Portal, run: (actor: Actor, user: SessionUser) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const user = await currentUser();
  if (!user) return { ok: false, code: 'UNAUTHENTICATED', message: 'Your session has ended. Sign in again.' };
  if (user.organizationKind !== options.portal) {
    logEvent('authorization.refused', { userId: user.id, role: user.role, portal: options.portal });
    return { ok: false, code: 'FORBIDDEN', message: 'You are not allowed to do that.' };
  }
  try {
    // Technicians work from the phone view; everyone else from the web portals.
    const source: EventSource = user.role === 'technician' ? 'mobile' : 'web';
    return await run(actorOf(user, source), user);
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === 'FORBIDDEN') logEvent('authorization.refused', { userId: user.id, role: user.role, message: error.message });
      return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    }
    console.error(error);
    return { ok: false, code: 'INTERNAL', message: 'Something went wrong on our side. Nothing was changed; try again in a moment.' };
  }
}

const commandEnvelope = z.looseObject({ commandId: z.uuid() });

export function splitCommand(input: unknown): { commandId: string; payload: Record<string, unknown> } {
  const parsed = commandEnvelope.safeParse(input);
  if (!parsed.success) throw invalidInput('This request is missing its id. Reload the page and try again.');
  const { commandId, ...payload } = parsed.data;
  return { commandId, payload };
}

/** Every screen that shows a job: the screens a change to it makes stale. */
function jobScreens(jobId: string): string[] {
  return [`/manage/jobs/${jobId}`, '/manage/jobs', `/provider/jobs/${jobId}`, '/provider', '/provider/schedule', '/provider/today'];
}

/**
 * The page the user acted from is re-rendered in the action's own response (refresh); the
 * screens of a changed job are marked stale too, so Back to one of them shows it as it is now.
 * Nothing is rendered twice: other open views hear of the change through the live stream.
 */
function markStale(result: unknown): void {
  const jobId = (result as { jobId?: unknown } | null)?.jobId;
  if (typeof jobId === 'string') jobScreens(jobId).forEach((path) => revalidatePath(path));
  refresh();
}

type CommandOptions = Portal & {
  /** The operation's stable name: part of what a command id is checked against. */
  action: string;
  /** Whether the page the user acts from shows the change (false when the client navigates away). */
  refresh?: boolean;
};

/** A server action that changes data: carried out once per command id (see runCommand), then markStale. */
export async function runCommandAction<I, T extends JsonValue>(options: CommandOptions, input: unknown, operation: (actor: Actor, input: I) => Promise<T>): Promise<ActionResult<T>> {
  return guarded(options, async (actor, user) => {
    const { commandId, payload } = splitCommand(input);
    const outcome = await runCommand({ principal: `user:${user.id}`, commandId, action: options.action, payload }, () => operation(actor, payload as I));
    if (options.refresh !== false) markStale(outcome.result);
    return { ok: true, data: outcome.result, replayed: outcome.replayed };
  });
}

/** A server action that only reads (a search while typing): no command, nothing re-rendered. */
export async function runQueryAction<T>(options: Portal, operation: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  return guarded(options, async (actor) => ({ ok: true, data: await operation(actor) }));
}
