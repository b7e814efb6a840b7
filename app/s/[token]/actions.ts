'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { answerSurvey } from '@/lib/server/surveys/answer-survey';
import { isAppError } from '@/lib/server/errors';

/** Public: the link's token is the customer's only credential, so there is no session to load. */
export async function answerSurveyAction(_previous: ActionResult<{ rating: number }> | null, form: FormData): Promise<ActionResult<{ rating: number }>> {
  const token = String(form.get('token') ?? '');
  try {
    const data = await answerSurvey({ token, rating: String(form.get('rating') ?? ''), comment: String(form.get('comment') ?? '') });
    revalidatePath(`/s/${token}`);
    revalidatePath('/manage', 'layout');
    revalidatePath('/provider', 'layout');
    return { ok: true, data };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    console.error(error);
    return { ok: false, code: 'INTERNAL', message: 'Something went wrong on our side. Your answer was not saved; try again in a moment.' };
  }
}
