import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUSES, EVENT_SOURCES, JOB_STATUSES, OFFER_STATUSES, REASON_EFFECTS, ROLES } from '@/lib/domain/statuses';
import { appointmentStatus, eventSource, jobStatus, offerStatus, reasonEffect, userRole } from './enums';

describe('database enums match the domain lists', () => {
  it.each([
    ['job_status', jobStatus.enumValues, JOB_STATUSES],
    ['appointment_status', appointmentStatus.enumValues, APPOINTMENT_STATUSES],
    ['offer_status', offerStatus.enumValues, OFFER_STATUSES],
    ['user_role', userRole.enumValues, ROLES],
    ['reason_effect', reasonEffect.enumValues, REASON_EFFECTS],
    ['event_source', eventSource.enumValues, EVENT_SOURCES],
  ])('%s', (_name, database, domain) => {
    expect([...database]).toEqual([...domain]);
  });
});
