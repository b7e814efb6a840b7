import { JOB_STATUSES, type JobStatus } from '@/lib/domain/statuses';

export type ListParams = { statuses: JobStatus[]; q?: string; cursor?: string };
type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reads the list's filters from the URL, ignoring anything it does not know. */
export function readListParams(params: SearchParams): ListParams {
  const statuses = (first(params.status) ?? '')
    .split(',')
    .filter((s): s is JobStatus => (JOB_STATUSES as readonly string[]).includes(s));
  const q = first(params.q)?.trim().slice(0, 200) || undefined;
  const cursor = first(params.cursor) || undefined;
  return { statuses, q, cursor };
}

export function listHref(base: string, params: ListParams): string {
  const query = new URLSearchParams();
  if (params.statuses.length) query.set('status', params.statuses.join(','));
  if (params.q) query.set('q', params.q);
  if (params.cursor) query.set('cursor', params.cursor);
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}
