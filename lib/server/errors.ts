export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID_INPUT' | 'UNAUTHENTICATED';

/** An expected failure whose message is safe to show to the user. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export const notFound = (what = 'Job') => new AppError('NOT_FOUND', `${what} not found.`);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const forbidden = (message = 'You are not allowed to do that.') => new AppError('FORBIDDEN', message);
export const invalidInput = (message: string, fieldErrors?: Record<string, string[]>) =>
  new AppError('INVALID_INPUT', message, fieldErrors);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
