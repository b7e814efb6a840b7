import { beforeAll, describe, expect, it } from 'vitest';
import { findCustomers } from '@/lib/server/customers/find-customers';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { getJobOrThrow } from '@/lib/server/jobs/get-job-or-throw';
import { boltDispatcher, boltTech, jobInStatus, newJobInput, northsideDispatcher, seedWorld } from './support/fixtures';

beforeAll(() => seedWorld());

describe('a provider’s customers', () => {
  it('are the ones of its own direct jobs, and can be picked for the next job', async () => {
    const { jobId } = await jobInStatus('unscheduled', { direct: true, job: { customerName: 'Direct Dora' } });
    await jobInStatus('unscheduled', { job: { customerName: 'Enterprise Eve' } });

    const customers = await findCustomers(boltDispatcher);

    expect(customers.map((c) => c.name)).toContain('Direct Dora');
    expect(customers.map((c) => c.name)).not.toContain('Enterprise Eve');
    expect(await findCustomers(northsideDispatcher)).toEqual([]);
    expect(await findCustomers(boltTech)).toEqual([]);

    const dora = customers.find((c) => c.name === 'Direct Dora')!;
    const again = await createDirectJob(boltDispatcher, { ...newJobInput({ customerName: undefined }), customerId: dora.id });
    const [first, second] = await Promise.all([getJobOrThrow(boltDispatcher, jobId), getJobOrThrow(boltDispatcher, again.jobId)]);
    expect(second.job.customerId).toBe(first.job.customerId);
  });
});
