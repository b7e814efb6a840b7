import type { AppErrorCode } from '@/lib/server/errors';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode | 'INTERNAL'; message: string; fieldErrors?: Record<string, string[]> };
