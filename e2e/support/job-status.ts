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

/** DESIGN.md's colour for each status (Unassigned is the enterprise's neutral slate). */
export const JOB_STATUS_COLOURS = {
  unassigned: 'gray',
  offered: 'green',
  unscheduled: 'red',
  scheduled: 'blue',
  in_progress: 'orange',
  paused: 'yellow',
  complete: 'gray',
  canceled: 'gray',
} as const satisfies Record<JobStatus, string>;

/** Names the colour family of a computed CSS colour ("rgb(22, 163, 74)" → "green"). */
export function colourFamily(css: string): string {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => Number(v) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const saturation = max === min ? 0 : (max - min) / (lightness > 0.5 ? 2 - max - min : max + min);
  if (saturation < 0.2) return 'gray';
  const d = max - min;
  const hue = (max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4) * 60;
  if (hue < 15 || hue >= 330) return 'red';
  if (hue < 38) return 'orange';
  if (hue < 65) return 'yellow';
  if (hue < 170) return 'green';
  if (hue < 260) return 'blue';
  return 'other';
}
