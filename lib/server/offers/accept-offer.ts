import 'server-only';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { offers } from '@/db/schema';
import type { Actor } from '../actor';
import { appointmentFields } from '../appointments/appointment-input';
import { checkAppointment, insertAppointment } from '../appointments/insert-appointment';
import { conflict } from '../errors';
import { mutateJob } from '../jobs/mutate-job';
import { customerAlert } from '../notifications/customer-alerts';
import { id, parseInput } from '../validation';

export const acceptOfferInput = z.object({ jobId: id, firstAppointment: appointmentFields.optional() });

/** Accepts the provider's pending offer, optionally booking the first visit in the same step. */
export async function acceptOffer(actor: Actor, raw: z.input<typeof acceptOfferInput>) {
  const input = parseInput(acceptOfferInput, raw);
  return mutateJob(actor, input.jobId, 'accept_offer', async ({ tx, job, at }) => {
    const [offer] = await tx
      .update(offers)
      .set({ status: 'accepted', respondedAt: at, respondedById: actor.userId })
      .where(
        and(
          eq(offers.jobId, job.id),
          eq(offers.providerId, actor.organizationId),
          eq(offers.status, 'pending'),
          or(isNull(offers.expiresAt), gt(offers.expiresAt, at)),
        ),
      )
      .returning({ id: offers.id });
    if (!offer) throw conflict('This offer is no longer open: it was answered, withdrawn or has expired.');
    const held = { ...job, providerId: actor.organizationId };
    const checked = input.firstAppointment ? await checkAppointment(tx, held, input.firstAppointment, at) : null;
    const appointment = checked ? await insertAppointment(tx, job.id, checked, at) : null;
    return {
      patch: { providerId: actor.organizationId },
      event: { type: 'offer.accepted', details: { offerId: offer.id, ...(appointment ? { scheduled: true } : {}) }, appointmentId: appointment?.id },
      messages: (saved) => (appointment ? customerAlert(tx, 'appointment.scheduled', saved, appointment) : []),
      result: { offerId: offer.id, appointmentId: appointment?.id ?? null, warnings: checked?.warnings ?? [] },
    };
  });
}
