import { z } from 'zod';
import { invalidInput } from './errors';

/** Parses untrusted input; unknown keys are dropped, and every field error is reported at once. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { fieldErrors, formErrors } = z.flattenError(parsed.error);
  const first = formErrors[0] ?? Object.values(fieldErrors as Record<string, string[]>).flat()[0];
  throw invalidInput(first ?? 'Check the highlighted fields.', fieldErrors as Record<string, string[]>);
}

export const id = z.uuid({ error: 'Not a valid id.' });
export const trimmed = (label: string, max = 200) =>
  z.string({ error: `${label} is required.` }).trim().min(1, { error: `${label} is required.` }).max(max, { error: `${label} is too long (at most ${max} characters).` });
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep it under ${max} characters.` })
    .optional()
    .transform((v) => (v ? v : undefined));
