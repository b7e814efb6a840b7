import { invalidInput } from '../errors';

export const JOB_LIST_SORTS = ['activity', 'created', 'next_visit'] as const;
export type JobListSort = (typeof JOB_LIST_SORTS)[number];

/**
 * Where the previous page ended: the sort it belongs to, the sort column's value as the
 * database printed it (text keeps PostgreSQL's microseconds, which a JS Date would drop)
 * and the row id that breaks ties. A null value is the "no next visit" tail of next_visit.
 */
export type JobListCursor = { sort: JobListSort; value: string | null; id: string };

// The form find-jobs prints sort values in: UTC with microseconds.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeCursor(cursor: JobListCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(encoded: string, sort: JobListSort): JobListCursor {
  const invalid = invalidInput('That page link is no longer valid. Go back to the first page.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid;
  const [cursorSort, value, id] = parsed as unknown[];
  // A cursor from another sort would skip or repeat rows, so it is refused rather than reinterpreted.
  if (cursorSort !== sort) throw invalid;
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) throw invalid;
  if (value !== null && (typeof value !== 'string' || !INSTANT.test(value))) throw invalid;
  return { sort, value, id };
}
