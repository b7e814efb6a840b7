import { JOB_STATUSES, type JobStatus } from '@/lib/domain/statuses';
import { JOB_LIST_SORTS, type JobListSort } from '@/lib/server/jobs/job-list-cursor';

export type ListParams = {
  statuses: JobStatus[];
  providerId?: string;
  createdFrom?: string;
  createdTo?: string;
  visitFrom?: string;
  visitTo?: string;
  q?: string;
  sort: JobListSort;
  cursor?: string;
};
type SearchParams = Record<string, string | string[] | undefined>;

/** The URL names of the filters besides status and sort, in the order they are written. */
export const FILTER_KEYS = ['providerId', 'createdFrom', 'createdTo', 'visitFrom', 'visitTo', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f-]{36}$/i;

/** Reads the list's filters from the URL, ignoring anything it does not know or cannot read. */
export function readListParams(params: SearchParams): ListParams {
  // Both ?status=a,b and the form's ?status=a&status=b are read.
  const statuses = [params.status ?? []]
    .flat()
    .flatMap((value) => value.split(','))
    .filter((s): s is JobStatus => (JOB_STATUSES as readonly string[]).includes(s));
  const text = (key: string, pattern?: RegExp) => {
    const value = first(params[key])?.trim();
    return value && (!pattern || pattern.test(value)) ? value : undefined;
  };
  const sort = first(params.sort);
  return {
    statuses: [...new Set(statuses)],
    providerId: text('providerId', UUID),
    createdFrom: text('createdFrom', DATE),
    createdTo: text('createdTo', DATE),
    visitFrom: text('visitFrom', DATE),
    visitTo: text('visitTo', DATE),
    q: text('q')?.slice(0, 200),
    sort: (JOB_LIST_SORTS as readonly string[]).includes(sort ?? '') ? (sort as JobListSort) : 'activity',
    cursor: text('cursor'),
  };
}

/** The query string of a view (no leading "?"); the default sort is left out. */
export function listQuery(params: ListParams): string {
  const query = new URLSearchParams();
  if (params.statuses.length) query.set('status', params.statuses.join(','));
  for (const key of FILTER_KEYS) if (params[key]) query.set(key, params[key]);
  if (params.sort !== 'activity') query.set('sort', params.sort);
  if (params.cursor) query.set('cursor', params.cursor);
  return query.toString();
}

export function listHref(base: string, params: ListParams): string {
  const text = listQuery(params);
  return text ? `${base}?${text}` : base;
}

/** True when anything narrows the list (sort and page do not). */
export function isFiltered(params: ListParams): boolean {
  return params.statuses.length > 0 || FILTER_KEYS.some((key) => Boolean(params[key]));
}
