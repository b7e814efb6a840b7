import { invalidInput } from '../errors';

export type JobListCursor = { at: Date; id: string };

export function encodeCursor(cursor: JobListCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString('base64url');
}

export function decodeCursor(value: string): JobListCursor {
  const [at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw invalidInput('That page link is no longer valid.');
  return { at: date, id };
}
