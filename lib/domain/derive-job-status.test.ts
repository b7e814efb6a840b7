import { describe, expect, it } from 'vitest';
import { deriveJobStatus, type StatusInput, type StatusInputAppointment } from './derive-job-status';
import { JOB_STATUS_LABELS, OFFER_STATUSES, type JobStatus, type ReasonEffect } from './statuses';

const t = (minute: number) => new Date(Date.UTC(2026, 2, 2, 14, minute));

const job = (facts: Partial<StatusInput> = {}): StatusInput => ({
  isDirect: false,
  canceledAt: null,
  reopenedAt: null,
  completedAt: null,
  offers: [],
  appointments: [],
  ...facts,
});
const held = (facts: Partial<StatusInput> = {}) => job({ offers: [{ status: 'accepted' }], ...facts });
const direct = (facts: Partial<StatusInput> = {}) => job({ isDirect: true, ...facts });

const visit = (status: 'scheduled' | 'enroute' | 'started' | 'canceled', createdAt: number): StatusInputAppointment => ({
  status,
  createdAt: t(createdAt),
  completedAt: null,
  reasonEffect: null,
});
const ended = (reasonEffect: ReasonEffect, createdAt: number, completedAt: number): StatusInputAppointment => ({
  status: 'complete',
  createdAt: t(createdAt),
  completedAt: t(completedAt),
  reasonEffect,
});

type OpenStatus = 'unassigned' | 'offered' | 'unscheduled' | 'scheduled' | 'in_progress' | 'paused';

const OPEN_JOBS: Record<OpenStatus, StatusInput> = {
  unassigned: job({ offers: [{ status: 'declined' }] }),
  offered: job({ offers: [{ status: 'declined' }, { status: 'pending' }] }),
  unscheduled: held({ appointments: [visit('canceled', 1)] }),
  scheduled: held({ appointments: [visit('scheduled', 1)] }),
  in_progress: held({ appointments: [visit('started', 1), visit('scheduled', 2)] }),
  paused: held({ appointments: [ended('pause', 1, 2)] }),
};

/** What Cancel Job does to the facts: open visits are canceled and a pending offer is withdrawn. */
function canceled(facts: StatusInput, at: number): StatusInput {
  return {
    ...facts,
    canceledAt: t(at),
    offers: facts.offers.map((o) => (o.status === 'pending' ? { status: 'withdrawn' } : o)),
    appointments: facts.appointments.map((a) => (a.status === 'complete' || a.status === 'canceled' ? a : { ...a, status: 'canceled' })),
  };
}

function reopened(facts: StatusInput, at: number): StatusInput {
  return { ...facts, canceledAt: null, reopenedAt: t(at) };
}

type Row = {
  from: JobStatus | null;
  action: string;
  to: JobStatus;
  variant?: string;
  before: StatusInput | null;
  after: StatusInput;
};

const label = (status: JobStatus | null) => (status ? JOB_STATUS_LABELS[status] : '—');
const rowName = (row: Row) => `${label(row.from)} --${row.action}--> ${label(row.to)}${row.variant ? ` [${row.variant}]` : ''}`;

const pausedThenClosed = held({ appointments: [ended('pause', 1, 2)], completedAt: t(3) });

const TRANSITIONS: Row[] = [
  { from: null, action: 'enterprise creates a job and offers it', to: 'offered', before: null, after: job({ offers: [{ status: 'pending' }] }) },
  { from: null, action: 'provider creates a direct job, no appointment', to: 'unscheduled', before: null, after: direct() },
  {
    from: null,
    action: 'provider creates a direct job with one appointment',
    to: 'scheduled',
    before: null,
    after: direct({ appointments: [visit('scheduled', 0)] }),
  },
  {
    from: 'offered',
    action: 'provider accepts',
    to: 'unscheduled',
    before: job({ offers: [{ status: 'pending' }] }),
    after: job({ offers: [{ status: 'accepted' }] }),
  },
  {
    from: 'offered',
    action: 'provider accepts and schedules the first visit in the same step',
    to: 'scheduled',
    before: job({ offers: [{ status: 'pending' }] }),
    after: job({ offers: [{ status: 'accepted' }], appointments: [visit('scheduled', 1)] }),
  },
  {
    from: 'offered',
    action: 'provider declines (with a reason)',
    to: 'unassigned',
    before: job({ offers: [{ status: 'pending' }] }),
    after: job({ offers: [{ status: 'declined' }] }),
  },
  {
    from: 'unassigned',
    action: 'enterprise offers to another provider',
    to: 'offered',
    before: job({ offers: [{ status: 'declined' }] }),
    after: job({ offers: [{ status: 'declined' }, { status: 'pending' }] }),
  },
  {
    from: 'unscheduled',
    action: 'appointment scheduled',
    to: 'scheduled',
    before: held(),
    after: held({ appointments: [visit('scheduled', 1)] }),
  },
  {
    from: 'scheduled',
    action: 'last open appointment canceled (deleted)',
    to: 'unscheduled',
    before: held({ appointments: [visit('scheduled', 1)] }),
    after: held({ appointments: [visit('canceled', 1)] }),
  },
  {
    from: 'scheduled',
    action: 'last open appointment canceled (deleted)',
    to: 'unscheduled',
    variant: 'earlier visits were canceled too',
    before: direct({ appointments: [visit('canceled', 1), visit('scheduled', 2)] }),
    after: direct({ appointments: [visit('canceled', 1), visit('canceled', 2)] }),
  },
  {
    from: 'scheduled',
    action: 'On My Way',
    to: 'in_progress',
    before: held({ appointments: [visit('scheduled', 1)] }),
    after: held({ appointments: [visit('enroute', 1)] }),
  },
  {
    from: 'scheduled',
    action: 'Start Appointment',
    to: 'in_progress',
    before: held({ appointments: [visit('scheduled', 1)] }),
    after: held({ appointments: [visit('started', 1)] }),
  },
  {
    from: 'scheduled',
    action: 'appointment completed, completing reason',
    to: 'complete',
    variant: 'dispatcher backup',
    before: held({ appointments: [visit('scheduled', 1)] }),
    after: held({ appointments: [ended('complete', 1, 2)] }),
  },
  {
    from: 'in_progress',
    action: 'appointment completed, completing reason',
    to: 'complete',
    before: held({ appointments: [visit('started', 1)] }),
    after: held({ appointments: [ended('complete', 1, 2)] }),
  },
  {
    from: 'in_progress',
    action: 'appointment completed, pausing reason',
    to: 'paused',
    before: held({ appointments: [visit('started', 1)] }),
    after: held({ appointments: [ended('pause', 1, 2)] }),
  },
  {
    from: 'paused',
    action: 'new appointment scheduled',
    to: 'scheduled',
    before: held({ appointments: [ended('pause', 1, 2)] }),
    after: held({ appointments: [ended('pause', 1, 2), visit('scheduled', 3)] }),
  },
  {
    from: 'paused',
    action: 'dispatcher presses Complete Job',
    to: 'complete',
    before: held({ appointments: [ended('pause', 1, 2)] }),
    after: pausedThenClosed,
  },
  {
    from: 'complete',
    action: 'new appointment scheduled (reopen)',
    to: 'scheduled',
    variant: 'closed by a completing reason',
    before: held({ appointments: [ended('complete', 1, 2)] }),
    after: held({ appointments: [ended('complete', 1, 2), visit('scheduled', 3)] }),
  },
  {
    from: 'complete',
    action: 'new appointment scheduled (reopen)',
    to: 'scheduled',
    variant: 'closed by Complete Job',
    before: pausedThenClosed,
    after: { ...pausedThenClosed, appointments: [...pausedThenClosed.appointments, visit('scheduled', 4)] },
  },
  ...(Object.entries(OPEN_JOBS) as [OpenStatus, StatusInput][]).map(
    ([status, facts]): Row => ({ from: status, action: 'Cancel Job', to: 'canceled', before: facts, after: canceled(facts, 10) }),
  ),
  {
    from: 'canceled',
    action: 'Reopen Job (the canceled appointments stay canceled)',
    to: 'unscheduled',
    variant: 'the visit that paused it no longer counts',
    before: canceled(held({ appointments: [ended('pause', 1, 2), visit('scheduled', 3)] }), 4),
    after: reopened(canceled(held({ appointments: [ended('pause', 1, 2), visit('scheduled', 3)] }), 4), 5),
  },
  {
    from: 'canceled',
    action: 'Reopen Job (the canceled appointments stay canceled)',
    to: 'unscheduled',
    variant: 'direct job canceled while in progress',
    before: canceled(direct({ appointments: [visit('started', 1)] }), 2),
    after: reopened(canceled(direct({ appointments: [visit('started', 1)] }), 2), 3),
  },
  {
    from: 'canceled',
    action: 'Reopen Job (the canceled appointments stay canceled)',
    to: 'unscheduled',
    variant: 'an earlier Complete Job no longer counts',
    before: canceled({ ...pausedThenClosed, appointments: [...pausedThenClosed.appointments, visit('scheduled', 4)] }, 5),
    after: reopened(canceled({ ...pausedThenClosed, appointments: [...pausedThenClosed.appointments, visit('scheduled', 4)] }, 5), 6),
  },
  {
    from: 'canceled',
    action: 'Reopen Job (the canceled appointments stay canceled)',
    to: 'unassigned',
    variant: 'enterprise job with no accepted offer',
    before: canceled(OPEN_JOBS.offered, 3),
    after: reopened(canceled(OPEN_JOBS.offered, 3), 4),
  },
  {
    from: 'canceled',
    action: 'Reopen Job (the canceled appointments stay canceled)',
    to: 'offered',
    variant: 'enterprise job with an offer still pending',
    before: job({ offers: [{ status: 'pending' }], canceledAt: t(3) }),
    after: job({ offers: [{ status: 'pending' }], reopenedAt: t(4) }),
  },
];

describe('deriveJobStatus: DESIGN.md "Transitions this yields"', () => {
  it.each(TRANSITIONS.map((row) => [rowName(row), row] as const))('%s', (_name, row) => {
    if (row.before) expect(deriveJobStatus(row.before)).toBe(row.from);
    expect(deriveJobStatus(row.after)).toBe(row.to);
  });

  it('has a case for every open status under Cancel Job', () => {
    const canceledFrom = TRANSITIONS.filter((row) => row.action === 'Cancel Job').map((row) => row.from);
    expect(canceledFrom).toEqual(['unassigned', 'offered', 'unscheduled', 'scheduled', 'in_progress', 'paused']);
  });
});

describe('deriveJobStatus: each rule', () => {
  describe('1. canceled, not reopened since', () => {
    it('is Canceled while canceledAt is set', () => {
      expect(deriveJobStatus(held({ canceledAt: t(1) }))).toBe('canceled');
      expect(deriveJobStatus(direct({ canceledAt: t(1) }))).toBe('canceled');
    });

    it('is not Canceled once Reopen Job has cleared canceledAt', () => {
      expect(deriveJobStatus(held({ reopenedAt: t(2) }))).toBe('unscheduled');
    });
  });

  describe('2. no accepted offer on an enterprise job', () => {
    it('is Offered while an offer is pending', () => {
      expect(deriveJobStatus(job({ offers: [{ status: 'pending' }] }))).toBe('offered');
      expect(deriveJobStatus(job({ offers: [{ status: 'expired' }, { status: 'withdrawn' }, { status: 'pending' }] }))).toBe('offered');
    });

    it('is Unassigned when never offered', () => {
      expect(deriveJobStatus(job())).toBe('unassigned');
    });

    it.each(OFFER_STATUSES.filter((s) => s !== 'pending' && s !== 'accepted'))('is Unassigned when the last offer was %s', (status) => {
      expect(deriveJobStatus(job({ offers: [{ status }] }))).toBe('unassigned');
    });

    it('does not apply to a provider’s direct job, which has no offer', () => {
      expect(deriveJobStatus(direct())).toBe('unscheduled');
    });

    it('does not apply once an offer is accepted, whatever the older offers say', () => {
      expect(deriveJobStatus(job({ offers: [{ status: 'declined' }, { status: 'expired' }, { status: 'accepted' }] }))).toBe('unscheduled');
    });
  });

  describe('3. an appointment en route or started', () => {
    it.each(['enroute', 'started'] as const)('is In Progress with an appointment %s', (status) => {
      expect(deriveJobStatus(held({ appointments: [visit(status, 1)] }))).toBe('in_progress');
    });
  });

  describe('4. an appointment scheduled', () => {
    it('is Scheduled', () => {
      expect(deriveJobStatus(held({ appointments: [visit('scheduled', 1)] }))).toBe('scheduled');
    });

    it('ignores canceled appointments', () => {
      expect(deriveJobStatus(held({ appointments: [visit('canceled', 1), visit('canceled', 2)] }))).toBe('unscheduled');
    });
  });

  describe('5. explicit Complete Job after the last appointment', () => {
    it('is Complete with no appointment at all', () => {
      expect(deriveJobStatus(direct({ completedAt: t(1) }))).toBe('complete');
    });

    it('is Complete when every appointment was booked before it', () => {
      expect(deriveJobStatus(held({ appointments: [ended('pause', 1, 2), visit('canceled', 3)], completedAt: t(4) }))).toBe('complete');
    });

    it('no longer counts once a later appointment was booked', () => {
      expect(deriveJobStatus(held({ appointments: [ended('pause', 1, 2), visit('scheduled', 4)], completedAt: t(3) }))).toBe('scheduled');
      expect(deriveJobStatus(held({ appointments: [ended('pause', 1, 2), ended('pause', 4, 5)], completedAt: t(3) }))).toBe('paused');
    });

    it('counts again when that later appointment is canceled: a canceled visit is as if never booked', () => {
      expect(deriveJobStatus(held({ appointments: [ended('pause', 1, 2), visit('canceled', 4)], completedAt: t(3) }))).toBe('complete');
      expect(deriveJobStatus(held({ appointments: [visit('canceled', 4)], completedAt: t(3) }))).toBe('complete');
    });

    it('no longer counts after Reopen Job', () => {
      expect(deriveJobStatus(held({ completedAt: t(1), reopenedAt: t(2) }))).toBe('unscheduled');
    });

    it('counts when pressed after Reopen Job', () => {
      expect(deriveJobStatus(held({ appointments: [ended('pause', 1, 2)], reopenedAt: t(3), completedAt: t(4) }))).toBe('complete');
    });
  });

  describe('6. the latest completed appointment’s reason', () => {
    it('is Complete for a completing reason and Paused for a pausing one', () => {
      expect(deriveJobStatus(held({ appointments: [ended('complete', 1, 2)] }))).toBe('complete');
      expect(deriveJobStatus(held({ appointments: [ended('pause', 1, 2)] }))).toBe('paused');
    });

    it('takes the latest by completion time, not by booking time or list order', () => {
      const bookedLaterEndedFirst = ended('pause', 5, 6);
      const bookedFirstEndedLast = ended('complete', 1, 7);
      expect(deriveJobStatus(held({ appointments: [bookedFirstEndedLast, bookedLaterEndedFirst] }))).toBe('complete');
      expect(deriveJobStatus(held({ appointments: [bookedLaterEndedFirst, bookedFirstEndedLast] }))).toBe('complete');
      expect(deriveJobStatus(held({ appointments: [ended('complete', 1, 2), ended('pause', 3, 4)] }))).toBe('paused');
    });

    it('ignores visits completed before Reopen Job', () => {
      expect(deriveJobStatus(held({ appointments: [ended('complete', 1, 2)], reopenedAt: t(3) }))).toBe('unscheduled');
    });

    it('counts visits completed after Reopen Job', () => {
      expect(deriveJobStatus(held({ appointments: [ended('complete', 1, 2), ended('pause', 4, 5)], reopenedAt: t(3) }))).toBe('paused');
    });
  });

  describe('7. otherwise', () => {
    it('is Unscheduled with no appointments', () => {
      expect(deriveJobStatus(held())).toBe('unscheduled');
    });

    it('is Unscheduled when every appointment was canceled', () => {
      expect(deriveJobStatus(direct({ appointments: [visit('canceled', 1), visit('canceled', 2)] }))).toBe('unscheduled');
    });
  });
});

describe('deriveJobStatus: first match wins', () => {
  it.each<[string, StatusInput, JobStatus]>([
    ['canceled beats an appointment in progress', held({ canceledAt: t(5), appointments: [visit('started', 1)] }), 'canceled'],
    ['canceled beats a pending offer', job({ canceledAt: t(5), offers: [{ status: 'pending' }] }), 'canceled'],
    ['canceled beats an explicit Complete Job', held({ canceledAt: t(5), completedAt: t(4) }), 'canceled'],
    [
      'a pending offer with none accepted gives Offered even with appointments present',
      job({ offers: [{ status: 'pending' }], appointments: [visit('started', 1), visit('scheduled', 2)] }),
      'offered',
    ],
    ['no offer at all gives Unassigned even with appointments present', job({ appointments: [visit('enroute', 1)] }), 'unassigned'],
    ['no accepted offer beats an explicit Complete Job', job({ offers: [{ status: 'declined' }], completedAt: t(1) }), 'unassigned'],
    ['in progress beats scheduled', held({ appointments: [visit('scheduled', 1), visit('enroute', 2)] }), 'in_progress'],
    ['in progress beats an explicit Complete Job', held({ appointments: [visit('started', 1)], completedAt: t(2) }), 'in_progress'],
    ['in progress beats a completing reason', held({ appointments: [ended('complete', 1, 3), visit('started', 2)] }), 'in_progress'],
    ['scheduled beats an explicit Complete Job', held({ appointments: [visit('scheduled', 1)], completedAt: t(2) }), 'scheduled'],
    ['scheduled beats a later completing reason', held({ appointments: [visit('scheduled', 1), ended('complete', 2, 3)] }), 'scheduled'],
    ['scheduled beats a pausing reason', held({ appointments: [ended('pause', 1, 2), visit('scheduled', 3)] }), 'scheduled'],
    ['Complete Job beats the pausing reason before it', held({ appointments: [ended('pause', 1, 2)], completedAt: t(3) }), 'complete'],
    ['a completed visit beats Unscheduled', held({ appointments: [visit('canceled', 1), ended('pause', 2, 3)] }), 'paused'],
  ])('%s', (_name, facts, expected) => {
    expect(deriveJobStatus(facts)).toBe(expected);
  });
});
