// The labels the UI promises, written out here rather than imported from the app so that a
// changed label fails a test instead of silently changing what the test expects.
export const JOB_STATUS_LABELS = {
  unassigned: 'Unassigned',
  offered: 'Offered',
  unscheduled: 'Unscheduled',
  scheduled: 'Scheduled',
  in_progress: 'In Progress',
  paused: 'Paused',
  complete: 'Complete',
  canceled: 'Canceled',
} as const;

export type JobStatus = keyof typeof JOB_STATUS_LABELS;

export function isJobStatus(value: string | null): value is JobStatus {
  return value !== null && Object.hasOwn(JOB_STATUS_LABELS, value);
}
