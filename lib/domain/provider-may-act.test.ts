import { describe, expect, it } from 'vitest';
import { availableJobActions, JOB_ACTIONS, providerMayAct } from './permissions';

describe('providerMayAct', () => {
  it('lets a provider that was only offered the job answer the offer and nothing else', () => {
    const allowed = JOB_ACTIONS.filter((a) => providerMayAct(a, false));
    expect(allowed).toEqual(['accept_offer', 'decline_offer']);
  });

  it('lets the provider holding the job do everything but answer an offer', () => {
    expect(providerMayAct('cancel_job', true)).toBe(true);
    expect(providerMayAct('accept_offer', true)).toBe(false);
  });

  it('hides Cancel Job from a dispatcher looking at an offer', () => {
    expect(availableJobActions('provider_dispatcher', 'offered', false)).toEqual(['accept_offer', 'decline_offer']);
    expect(availableJobActions('provider_dispatcher', 'canceled', false)).toEqual([]);
    expect(availableJobActions('provider_dispatcher', 'canceled', true)).toEqual(['reopen_job']);
  });
});
