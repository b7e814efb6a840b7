import type { Pool } from 'pg';

/** Fixed ids of the bench world: one enterprise, two providers, their people and reasons. */
export const ORG = {
  enterprise: 'b0000000-0000-4000-8000-000000000001',
  providers: ['b0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000003'],
  admin: 'b1000000-0000-4000-8000-000000000001',
  technicians: ['b1000000-0000-4000-8000-000000000002', 'b1000000-0000-4000-8000-000000000003'],
  reasons: { complete: 'b2000000-0000-4000-8000-000000000001', pause: 'b2000000-0000-4000-8000-000000000002' },
};

export const FIRST_NAMES = 'Ada Ben Cara Dan Eva Finn Gia Hal Ivy Jon Kai Lea Max Nia Oto Pia Quin Rae Sam Tia Uma Vic Wes Xia Yan Zoe Ana Bo Cy Di'.split(' ');
export const LAST_NAMES = 'Park Lopez Kim Nguyen Patel Smith Brown Garcia Miller Davis Wilson Moore Taylor Thomas Lee Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins'.split(' ');
export const STREETS = 'Maple Oak Pine Cedar Elm Birch Walnut Spruce Willow Aspen'.split(' ');
const CITIES = 'Austin Dallas Houston Plano Irving Waco Tyler Frisco Allen Temple'.split(' ');

// Weighted like a real book: most jobs are finished; a few percent are open in each status.
const STATUS_MIX = [
  ['complete', 62], ['canceled', 8], ['scheduled', 9], ['unscheduled', 5], ['offered', 4], ['paused', 6], ['in_progress', 2], ['unassigned', 4],
] as const;
const statusArray = `array[${STATUS_MIX.flatMap(([s, w]) => Array(w).fill(`'${s}'`)).join(',')}]::job_status[]`;
const textArray = (values: string[]) => `(array[${values.map((v) => `'${v}'`).join(',')}])`;

/** Drops the secondary indexes of the big tables, runs `load`, and builds them again (much faster than indexing row by row). */
async function withoutIndexes(pool: Pool, load: () => Promise<void>): Promise<void> {
  const { rows } = await pool.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where schemaname = 'public'
     and tablename in ('jobs', 'customers', 'offers', 'appointments', 'job_events') and indexname not like '%_pkey'`,
  );
  for (const r of rows) await pool.query(`drop index "${r.indexname}"`);
  await load();
  await pool.query(`set maintenance_work_mem = '512MB'`);
  for (const r of rows) await pool.query(r.indexdef);
}

/** One enterprise with `n` jobs and their customers, offers, appointments and events, in a handful of set-based INSERTs. */
export async function bulkLoad(pool: Pool, n: number): Promise<void> {
  const hash = '$argon2id$v=19$m=19456,t=2,p=1$bench$bench';
  await pool.query(`insert into organizations (id, kind, name, time_zone) values
    ('${ORG.enterprise}', 'enterprise', 'Bench Warranty', 'America/Chicago'),
    ('${ORG.providers[0]}', 'provider', 'Bench Plumbing', 'America/Chicago'),
    ('${ORG.providers[1]}', 'provider', 'Bench HVAC', 'America/Chicago')`);
  await pool.query(`insert into network_links (enterprise_id, provider_id) values ('${ORG.enterprise}', '${ORG.providers[0]}'), ('${ORG.enterprise}', '${ORG.providers[1]}')`);
  await pool.query(`insert into users (id, organization_id, email, name, role, password_hash) values
    ('${ORG.admin}', '${ORG.enterprise}', 'admin@bench.test', 'Bench Admin', 'enterprise_admin', '${hash}'),
    ('${ORG.technicians[0]}', '${ORG.providers[0]}', 'tech1@bench.test', 'Tech One', 'technician', '${hash}'),
    ('${ORG.technicians[1]}', '${ORG.providers[1]}', 'tech2@bench.test', 'Tech Two', 'technician', '${hash}')`);
  await pool.query(`insert into complete_reasons (id, organization_id, label, effect) values
    ('${ORG.reasons.complete}', '${ORG.enterprise}', 'Repaired', 'complete'), ('${ORG.reasons.pause}', '${ORG.enterprise}', 'Parts ordered', 'pause')`);

  const customers = Math.max(1, Math.floor(n / 2));
  const first = textArray(FIRST_NAMES);
  const last = textArray(LAST_NAMES);
  const name = (k: string) => `${first}[1 + ${k} % ${FIRST_NAMES.length}] || ' ' || ${last}[1 + (${k} / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}]`;
  await withoutIndexes(pool, async () => {
    await pool.query(`insert into customers (id, organization_id, name, phone)
      select md5('c' || k)::uuid, '${ORG.enterprise}', ${name('k')}, '+1512' || lpad((k % 10000000)::text, 7, '0')
      from generate_series(0, ${customers - 1}) k`);
    // Job i: created over three years in order, last touched up to 30 days later; a pseudo-random status.
    await pool.query(`create temporary table bench_jobs as
      select i, md5('j' || i)::uuid as id, (${statusArray})[1 + (i * 7919) % 100] as status, i % ${customers} as k,
        date_trunc('milliseconds', now() - interval '3 years' + (i::double precision / ${n}) * interval '3 years') as created
      from generate_series(1::bigint, ${n}) i`);
    await pool.query(`insert into jobs (id, organization_id, number, external_id, customer_id, title, address_line1, city, region, postal_code,
        time_zone, provider_id, status, next_visit_at, search_text, customer_name_key, created_at, updated_at, last_activity_at, canceled_at, completed_at)
      select id, '${ORG.enterprise}', 1000 + i, case when i % 3 = 0 then 'AHW-' || (100000 + i) end, md5('c' || k)::uuid, 'Repair ' || i,
        (100 + i % 9000) || ' ' || (${textArray(STREETS)})[1 + i % 10] || ' St', (${textArray(CITIES)})[1 + i % 10], 'TX', '787' || lpad((i % 100)::text, 2, '0'),
        'America/Chicago', case when status in ('unassigned', 'offered') then null else ('{${ORG.providers.join(',')}}'::uuid[])[1 + i % 2] end, status,
        case when status in ('scheduled', 'in_progress') then date_trunc('hour', now()) + (i % 720) * interval '1 hour' end,
        lower('#' || (1000 + i) || ' ' || coalesce('AHW-' || case when i % 3 = 0 then (100000 + i)::text end, '') || ' +1512' || lpad((k % 10000000)::text, 7, '0')
          || ' 512' || lpad((k % 10000000)::text, 7, '0') || ' ' || (100 + i % 9000) || ' ' || (${textArray(STREETS)})[1 + i % 10] || ' st ' || (${textArray(CITIES)})[1 + i % 10] || ' tx 787' || lpad((i % 100)::text, 2, '0')),
        lower(${name('k')}),
        created, created, least(now(), created + ((i * 104729) % 2592000) * interval '1 second'),
        case when status = 'canceled' then created + interval '2 days' end, case when status = 'complete' then created + interval '5 days' end
      from bench_jobs`);
    await pool.query(`insert into customer_name_keys (organization_id, name_key) select distinct '${ORG.enterprise}'::uuid, customer_name_key from jobs`);
    await pool.query(`insert into offers (job_id, provider_id, status, offered_by_id, offered_at, responded_at)
      select id, ('{${ORG.providers.join(',')}}'::uuid[])[1 + i % 2], case when status = 'offered' then 'pending' else 'accepted' end::offer_status,
        '${ORG.admin}', created, case when status <> 'offered' then created + interval '1 hour' end
      from bench_jobs where status <> 'unassigned'`);
    // One visit per worked job; finished jobs get an earlier paused visit every third job.
    await pool.query(`insert into appointments (job_id, technician_id, status, window_start, window_end, started_at, completed_at, canceled_at, complete_reason_id, tracking_token)
      select id, ('{${ORG.technicians.join(',')}}'::uuid[])[1 + i % 2], a.status, a.start, a.start + interval '2 hours',
        case when a.status in ('started', 'complete') then a.start end, case when a.status = 'complete' then a.start + interval '1 hour' end,
        case when a.status = 'canceled' then a.start end,
        case when a.status = 'complete' then case when j.status = 'paused' then '${ORG.reasons.pause}' else '${ORG.reasons.complete}' end end::uuid,
        md5('t' || i || a.nth)
      from bench_jobs j cross join lateral (values
        (1, case j.status when 'scheduled' then 'scheduled' when 'in_progress' then 'started' when 'canceled' then 'canceled' else 'complete' end::appointment_status,
          case when j.status in ('scheduled', 'in_progress') then date_trunc('hour', now()) + (i % 720) * interval '1 hour' else j.created + interval '3 days' end),
        (2, 'complete'::appointment_status, j.created + interval '1 day')
      ) as a(nth, status, start)
      where j.status in ('scheduled', 'in_progress', 'paused', 'complete', 'canceled') and (a.nth = 1 or (j.status = 'complete' and i % 3 = 0))`);
    await pool.query(`update appointments set complete_reason_id = '${ORG.reasons.pause}' where status = 'complete' and window_start < (select created_at from jobs where jobs.id = appointments.job_id) + interval '2 days'`);
    await pool.query(`insert into job_events (job_id, type, actor_user_id, actor_name, actor_role, actor_organization_id, source, from_status, to_status, at)
      select id, e.type, '${ORG.admin}', 'Bench Admin', 'enterprise_admin', '${ORG.enterprise}', 'web', e.from_status, e.to_status, created + e.nth * interval '1 hour'
      from bench_jobs cross join lateral (values
        (0, 'job.created', null::job_status, 'unassigned'::job_status), (1, 'offer.created', 'unassigned', 'offered'), (2, 'offer.accepted', 'offered', 'unscheduled'),
        (3, 'appointment.scheduled', 'unscheduled', 'scheduled')) as e(nth, type, from_status, to_status)
      where e.nth = 0 or status <> 'unassigned'`);
  });
  await pool.query(`update organizations set next_job_number = ${1001 + n} where id = '${ORG.enterprise}'`);
  await pool.query('vacuum analyze');
  // Write the load's dirty pages out now, so the flush does not run under the measurements.
  await pool.query('checkpoint');
}
