import { describe, expect, it } from 'vitest';
import { ACTION_JOB_STATUSES, ACTION_ROLES, JOB_ACTIONS, availableJobActions, jobAllows, roleMay, type JobAction } from './permissions';
import { JOB_STATUSES, ROLES, type JobStatus, type Role } from './statuses';

// One character per role, in ROLES order: enterprise_admin, enterprise_staff, provider_dispatcher, technician.
const ROLE_GRID: Record<JobAction, string> = {
  create_job: 'xx--',
  offer_job: 'xx--',
  withdraw_offer: 'xx--',
  request_update: 'xx--',
  accept_offer: '--x-',
  decline_offer: '--x-',
  create_direct_job: '--x-',
  schedule_appointment: '--x-',
  reschedule_appointment: '--x-',
  reassign_appointment: '--x-',
  cancel_appointment: '--x-',
  mark_enroute: '--xx',
  start_appointment: '--xx',
  complete_appointment: '--xx',
  complete_job: '--x-',
  cancel_job: 'xxx-',
  reopen_job: 'xxx-',
};

// One character per status, in JOB_STATUSES order:
// unassigned, offered, unscheduled, scheduled, in_progress, paused, complete, canceled.
// Creating a job is not an action on an existing job, so no status allows it.
const STATUS_GRID: Record<JobAction, string> = {
  create_job: '--------',
  create_direct_job: '--------',
  offer_job: 'x-------',
  withdraw_offer: '-x------',
  request_update: '-xxxxx--',
  accept_offer: '-x------',
  decline_offer: '-x------',
  schedule_appointment: '--xxxxx-',
  reschedule_appointment: '---xx---',
  reassign_appointment: '---xx---',
  cancel_appointment: '---xx---',
  mark_enroute: '---xx---',
  start_appointment: '---xx---',
  complete_appointment: '---xx---',
  complete_job: '--x--x--',
  cancel_job: 'xxxxxx--',
  reopen_job: '-------x',
};

const expectRole = (action: JobAction, role: Role) => ROLE_GRID[action][ROLES.indexOf(role)] === 'x';
const expectStatus = (action: JobAction, status: JobStatus) => STATUS_GRID[action][JOB_STATUSES.indexOf(status)] === 'x';

describe('the expected tables', () => {
  it('have one full row per action', () => {
    expect(Object.keys(ROLE_GRID).sort()).toEqual([...JOB_ACTIONS].sort());
    expect(Object.keys(STATUS_GRID).sort()).toEqual([...JOB_ACTIONS].sort());
    for (const action of JOB_ACTIONS) {
      expect(ROLE_GRID[action]).toMatch(new RegExp(`^[x-]{${ROLES.length}}$`));
      expect(STATUS_GRID[action]).toMatch(new RegExp(`^[x-]{${JOB_STATUSES.length}}$`));
    }
  });

  it('match the exported tables key for key', () => {
    expect(Object.keys(ACTION_ROLES).sort()).toEqual([...JOB_ACTIONS].sort());
    expect(Object.keys(ACTION_JOB_STATUSES).sort()).toEqual([...JOB_ACTIONS].sort());
  });
});

describe('roleMay', () => {
  const cases = JOB_ACTIONS.flatMap((action) => ROLES.map((role) => [action, role, expectRole(action, role)] as const));

  it.each(cases)('%s by %s: %s', (action, role, allowed) => {
    expect(roleMay(role, action)).toBe(allowed);
  });

  it('gives the technician only the three field actions', () => {
    expect(JOB_ACTIONS.filter((action) => roleMay('technician', action))).toEqual(['mark_enroute', 'start_appointment', 'complete_appointment']);
  });

  it('gives enterprise admin and staff the same actions', () => {
    expect(JOB_ACTIONS.filter((action) => roleMay('enterprise_admin', action))).toEqual(
      JOB_ACTIONS.filter((action) => roleMay('enterprise_staff', action)),
    );
  });
});

describe('jobAllows', () => {
  const cases = JOB_ACTIONS.flatMap((action) => JOB_STATUSES.map((status) => [action, status, expectStatus(action, status)] as const));

  it.each(cases)('%s in %s: %s', (action, status, allowed) => {
    expect(jobAllows(status, action)).toBe(allowed);
  });

  it('lets Cancel Job run from every open status and nothing else run on a canceled job but Reopen Job', () => {
    expect(JOB_STATUSES.filter((status) => jobAllows(status, 'cancel_job'))).toEqual([
      'unassigned',
      'offered',
      'unscheduled',
      'scheduled',
      'in_progress',
      'paused',
    ]);
    expect(JOB_ACTIONS.filter((action) => jobAllows('canceled', action))).toEqual(['reopen_job']);
  });
});

describe('availableJobActions', () => {
  const cases = ROLES.flatMap((role) =>
    JOB_STATUSES.map(
      (status) =>
        [
          role,
          status,
          JOB_ACTIONS.filter(
            (action) => action !== 'create_job' && action !== 'create_direct_job' && expectRole(action, role) && expectStatus(action, status),
          ),
        ] as const,
    ),
  );

  it.each(cases)('%s on a %s job: %j', (role, status, expected) => {
    expect(availableJobActions(role, status)).toEqual(expected);
  });

  it.each<[Role, JobStatus, JobAction[]]>([
    ['enterprise_staff', 'unassigned', ['offer_job', 'cancel_job']],
    ['enterprise_admin', 'offered', ['withdraw_offer', 'request_update', 'cancel_job']],
    ['enterprise_admin', 'complete', []],
    ['enterprise_admin', 'canceled', ['reopen_job']],
    ['provider_dispatcher', 'unscheduled', ['schedule_appointment', 'complete_job', 'cancel_job']],
    ['provider_dispatcher', 'paused', ['schedule_appointment', 'complete_job', 'cancel_job']],
    ['provider_dispatcher', 'complete', ['schedule_appointment']],
    ['technician', 'scheduled', ['mark_enroute', 'start_appointment', 'complete_appointment']],
    ['technician', 'in_progress', ['mark_enroute', 'start_appointment', 'complete_appointment']],
    ['technician', 'paused', []],
  ])('%s on a %s job sees %j', (role, status, expected) => {
    expect(availableJobActions(role, status)).toEqual(expected);
  });

  it('never offers to create a job', () => {
    for (const role of ROLES) {
      for (const status of JOB_STATUSES) {
        expect(availableJobActions(role, status)).not.toContain('create_job');
        expect(availableJobActions(role, status)).not.toContain('create_direct_job');
      }
    }
  });
});
