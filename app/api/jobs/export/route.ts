import { readListParams } from '@/components/jobs/list-params';
import { actorOf, currentUser } from '@/lib/auth/current-user';
import { jobsCsvStream } from '@/lib/server/jobs/jobs-csv';
import { organizationTimeZone } from '@/lib/server/settings/organization-time-zone';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The Jobs List as CSV: the same filters and sort as /manage/jobs (from the query string), every page. */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return new Response('Sign in to export jobs.', { status: 401 });
  if (user.organizationKind !== 'enterprise') return new Response('Only enterprise users can export the jobs list.', { status: 403 });
  const actor = actorOf(user);
  const { cursor: _ignored, ...filters } = readListParams(Object.fromEntries(new URL(request.url).searchParams));
  const timeZone = await organizationTimeZone(actor);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(jobsCsvStream(actor, { ...filters, timeZone }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="jobs-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
