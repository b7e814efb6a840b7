import { z } from 'zod';
import { toE164 } from '@/lib/domain/phone';
import { isValidTimeZone } from '@/lib/domain/zoned-time';
import { optionalText, trimmed } from '../validation';

const phone = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const e164 = toE164(v);
    if (!e164) ctx.addIssue({ code: 'custom', message: 'Enter a valid phone number, e.g. (512) 555-0143 or +1 512 555 0143.' });
    return e164 ?? undefined;
  });

const email = z
  .string()
  .trim()
  .toLowerCase()
  .optional()
  .transform((v) => v || undefined)
  .pipe(z.email({ error: 'Enter a valid email address.' }).optional());

/** The customer, service address and scope of a new job, shared by enterprise and direct jobs. */
export const newJobFields = z.object({
  customerId: z
    .union([z.uuid(), z.literal('')])
    .optional()
    .transform((v) => v || undefined),
  customerName: optionalText(200),
  customerPhone: phone,
  customerEmail: email,
  smsConsent: z.coerce.boolean().default(true),
  title: trimmed('Title', 200),
  description: optionalText(5000),
  externalId: optionalText(100),
  priority: z.enum(['low', 'normal', 'high', 'urgent'], { error: 'Choose a priority.' }).default('normal'),
  addressLine1: trimmed('Street address', 200),
  addressLine2: optionalText(200),
  city: trimmed('City', 100),
  region: trimmed('State', 50),
  postalCode: trimmed('ZIP code', 20),
  timeZone: z.string().trim().refine(isValidTimeZone, { error: 'Choose a valid time zone.' }),
});

export const withCustomer = <T extends z.ZodType<{ customerId?: string; customerName?: string }>>(schema: T) =>
  schema.refine((v) => v.customerId || v.customerName, { path: ['customerName'], error: 'Enter the customer’s name or pick an existing customer.' });

export type NewJobFields = z.infer<typeof newJobFields>;
