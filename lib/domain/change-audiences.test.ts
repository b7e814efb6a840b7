import { describe, expect, it } from 'vitest';
import { audienceKey, routeJobChange, type ChangeFacts } from './change-audiences';

const base: ChangeFacts = {
  jobId: 'job',
  organizationId: 'acme',
  providerId: null,
  status: 'offered',
  commandId: 'cmd',
  offeredTo: 'bolt',
  providerIds: ['bolt'],
  technicianIds: [],
  formerTechnicianIds: [],
  appointmentIds: [],
};

const sentTo = (facts: ChangeFacts) => Object.fromEntries(routeJobChange(facts).map((d) => [d.audience, d.message]));

describe('routeJobChange', () => {
  it('tells the owner and the provider an offer waits on about the job', () => {
    expect(sentTo(base)).toEqual({
      [audienceKey.enterprise('acme')]: { jobId: 'job', status: 'offered', commandId: 'cmd' },
      [audienceKey.provider('bolt')]: { jobId: 'job', status: 'offered', commandId: 'cmd' },
    });
  });

  it('gives providers that were offered the job before only a bare refresh', () => {
    const facts = { ...base, status: 'unassigned' as const, offeredTo: null, providerIds: ['bolt', 'northside'] };
    expect(sentTo(facts)[audienceKey.provider('bolt')]).toEqual({});
    expect(sentTo(facts)[audienceKey.provider('northside')]).toEqual({});
  });

  it('tells the holder and the technicians of its visits; a technician whose visit moved away gets a refresh', () => {
    const facts = { ...base, providerId: 'bolt', status: 'scheduled' as const, offeredTo: null, technicianIds: ['tina'], formerTechnicianIds: ['tom'], appointmentIds: ['visit'] };
    const sent = sentTo(facts);
    expect(sent[audienceKey.provider('bolt')]).toMatchObject({ jobId: 'job' });
    expect(sent[audienceKey.technician('tina')]).toMatchObject({ jobId: 'job', status: 'scheduled' });
    expect(sent[audienceKey.technician('tom')]).toEqual({});
    expect(sent[audienceKey.visit('visit')]).toMatchObject({ jobId: 'job' });
  });

  it('sends each audience one message, however the facts repeat', () => {
    const facts = { ...base, providerId: 'bolt', providerIds: ['bolt', 'bolt'], technicianIds: ['tina', 'tina'], formerTechnicianIds: ['tina'] };
    const audiences = routeJobChange(facts).map((d) => d.audience);
    expect(new Set(audiences).size).toBe(audiences.length);
  });
});
