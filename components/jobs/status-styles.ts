import type { AppointmentStatus, JobStatus } from '@/lib/domain/statuses';

export type StatusStyle = {
  /** Tint background and readable text, for a badge. */
  badge: string;
  /** A 4px left marker in the strong colour: put it on a list row's first cell or a card. */
  border: string;
  /** Tint background with a strong top border, for a job page header. */
  header: string;
  /** Strong-colour fill, for a dot or a board bar. */
  dot: string;
  /** Readable text colour (on white or on the tint). */
  text: string;
};

// Written out in full so Tailwind's scanner finds every class name.
export const JOB_STATUS_STYLES: Record<JobStatus, StatusStyle> = {
  unassigned: {
    badge: 'bg-status-unassigned-tint text-status-unassigned-ink',
    border: 'border-l-4 border-l-status-unassigned',
    header: 'border-t-4 border-t-status-unassigned bg-status-unassigned-tint',
    dot: 'bg-status-unassigned',
    text: 'text-status-unassigned-ink',
  },
  offered: {
    badge: 'bg-status-offered-tint text-status-offered-ink',
    border: 'border-l-4 border-l-status-offered',
    header: 'border-t-4 border-t-status-offered bg-status-offered-tint',
    dot: 'bg-status-offered',
    text: 'text-status-offered-ink',
  },
  unscheduled: {
    badge: 'bg-status-unscheduled-tint text-status-unscheduled-ink',
    border: 'border-l-4 border-l-status-unscheduled',
    header: 'border-t-4 border-t-status-unscheduled bg-status-unscheduled-tint',
    dot: 'bg-status-unscheduled',
    text: 'text-status-unscheduled-ink',
  },
  scheduled: {
    badge: 'bg-status-scheduled-tint text-status-scheduled-ink',
    border: 'border-l-4 border-l-status-scheduled',
    header: 'border-t-4 border-t-status-scheduled bg-status-scheduled-tint',
    dot: 'bg-status-scheduled',
    text: 'text-status-scheduled-ink',
  },
  in_progress: {
    badge: 'bg-status-in-progress-tint text-status-in-progress-ink',
    border: 'border-l-4 border-l-status-in-progress',
    header: 'border-t-4 border-t-status-in-progress bg-status-in-progress-tint',
    dot: 'bg-status-in-progress',
    text: 'text-status-in-progress-ink',
  },
  paused: {
    badge: 'bg-status-paused-tint text-status-paused-ink',
    border: 'border-l-4 border-l-status-paused',
    header: 'border-t-4 border-t-status-paused bg-status-paused-tint',
    dot: 'bg-status-paused',
    text: 'text-status-paused-ink',
  },
  complete: {
    badge: 'bg-status-complete-tint text-status-complete-ink',
    border: 'border-l-4 border-l-status-complete',
    header: 'border-t-4 border-t-status-complete bg-status-complete-tint',
    dot: 'bg-status-complete',
    text: 'text-status-complete-ink',
  },
  canceled: {
    badge: 'bg-status-canceled-tint text-status-canceled-ink line-through',
    border: 'border-l-4 border-l-status-canceled',
    header: 'border-t-4 border-t-status-canceled bg-status-canceled-tint',
    dot: 'bg-status-canceled',
    text: 'text-status-canceled-ink',
  },
};

export const APPOINTMENT_STATUS_STYLES: Record<AppointmentStatus, StatusStyle> = {
  scheduled: {
    badge: 'bg-appointment-scheduled-tint text-appointment-scheduled-ink',
    border: 'border-l-4 border-l-appointment-scheduled',
    header: 'border-t-4 border-t-appointment-scheduled bg-appointment-scheduled-tint',
    dot: 'bg-appointment-scheduled',
    text: 'text-appointment-scheduled-ink',
  },
  enroute: {
    badge: 'bg-appointment-enroute-tint text-appointment-enroute-ink',
    border: 'border-l-4 border-l-appointment-enroute',
    header: 'border-t-4 border-t-appointment-enroute bg-appointment-enroute-tint',
    dot: 'bg-appointment-enroute',
    text: 'text-appointment-enroute-ink',
  },
  started: {
    badge: 'bg-appointment-started-tint text-appointment-started-ink',
    border: 'border-l-4 border-l-appointment-started',
    header: 'border-t-4 border-t-appointment-started bg-appointment-started-tint',
    dot: 'bg-appointment-started',
    text: 'text-appointment-started-ink',
  },
  complete: {
    badge: 'bg-appointment-complete-tint text-appointment-complete-ink',
    border: 'border-l-4 border-l-appointment-complete',
    header: 'border-t-4 border-t-appointment-complete bg-appointment-complete-tint',
    dot: 'bg-appointment-complete',
    text: 'text-appointment-complete-ink',
  },
  canceled: {
    badge: 'bg-appointment-canceled-tint text-appointment-canceled-ink line-through',
    border: 'border-l-4 border-l-appointment-canceled',
    header: 'border-t-4 border-t-appointment-canceled bg-appointment-canceled-tint',
    dot: 'bg-appointment-canceled',
    text: 'text-appointment-canceled-ink',
  },
};
