import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { findSurveyAnswers } from '@/lib/server/surveys/find-survey-answers';

/**
 * The customer's rating, shown on both portals' job detail. A server component: its page has
 * already loaded the job through the tenant-scoped getJobOrThrow, so the id is one the user may see.
 */
export async function SurveyAnswer({ jobId, timeZone }: { jobId: string; timeZone: string }) {
  const answers = await findSurveyAnswers(jobId);
  if (answers.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Customer rating</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        {answers.map((a) => (
          <figure key={a.id} className="grid gap-1">
            <p className="text-lg font-semibold">
              <span aria-hidden="true" className="text-amber-600">
                {'★'.repeat(a.rating)}
                <span className="text-muted-foreground/40">{'★'.repeat(5 - a.rating)}</span>
              </span>{' '}
              <span>{a.rating} out of 5</span>
            </p>
            {a.comment && <blockquote className="text-sm">“{a.comment}”</blockquote>}
            <figcaption className="text-xs text-muted-foreground">
              <RelativeTime date={a.createdAt} timeZone={timeZone} showExact />
            </figcaption>
          </figure>
        ))}
      </CardContent>
    </Card>
  );
}
