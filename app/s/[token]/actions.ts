'use server';

import { refresh } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { splitCommand } from '@/lib/actions/run-action';
import { runCommand } from '@/lib/server/commands/run-command';
import { answerSurvey } from '@/lib/server/surveys/answer-survey';
import { isAppError } from '@/lib/server/errors';

/**
 * Public: the link's token is the customer's only credential, so there is no session to load.
 * The form carries the command id its page was rendered with, so a double submit (or a retry
 * before any script loaded) answers once.
 */
export async function answerSurveyAction(_previous: ActionResult<{ rating: number }> | null, form: FormData): Promise<ActionResult<{ rating: number }>> {
  const token = String(form.get('token') ?? '');
  try {
    const { commandId, payload } = splitCommand({
      commandId: String(form.get('commandId') ?? ''),
      token,
      rating: String(form.get('rating') ?? ''),
      comment: String(form.get('comment') ?? ''),
    });
    const { result, replayed } = await runCommand({ principal: `survey:${token}`, commandId, action: 'answer_survey', payload }, () =>
      answerSurvey(payload as Parameters<typeof answerSurvey>[0]),
    );
    refresh();
    return { ok: true, data: result.result, replayed };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    console.error(error);
    return { ok: false, code: 'INTERNAL', message: 'Something went wrong on our side. Your answer was not saved; try again in a moment.' };
  }
}
