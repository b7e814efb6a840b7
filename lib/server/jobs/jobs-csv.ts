import 'server-only';
import { JOB_STATUS_LABELS } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { findJobs, type JobListRow } from './find-jobs';
import type { JobListFilters } from './job-list-filters';

const BATCH = 1000;

const COLUMNS: [string, (job: JobListRow) => string | null | undefined][] = [
  ['Job number', (j) => String(j.number)],
  ['External id', (j) => j.externalId],
  ['Status', (j) => JOB_STATUS_LABELS[j.status]],
  ['Title', (j) => j.title],
  ['Customer', (j) => j.customerName],
  ['Customer phone', (j) => j.customerPhone],
  ['Address', (j) => j.addressLine1],
  ['City', (j) => j.city],
  ['State', (j) => j.region],
  ['ZIP code', (j) => j.postalCode],
  ['Time zone', (j) => j.timeZone],
  ['Provider', (j) => j.providerName],
  ['Appointment', (j) => (j.visit ? (j.visit.isOpen ? 'next' : 'last') : null)],
  ['Appointment start', (j) => j.visit?.start.toISOString()],
  ['Appointment end', (j) => j.visit?.end.toISOString()],
  ['Created', (j) => j.createdAt.toISOString()],
  ['Last activity', (j) => j.lastActivityAt.toISOString()],
];

/**
 * One CSV field (RFC 4180). Text people typed that starts like a formula gets a leading
 * apostrophe, so a spreadsheet shows it instead of running it.
 */
export function csvField(value: string | null | undefined, typedByPeople = true): string {
  let text = value ?? '';
  if (typedByPeople && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const TYPED = new Set(['Title', 'Customer', 'Address', 'City', 'State', 'ZIP code', 'External id']);

export function csvRow(job: JobListRow): string {
  return COLUMNS.map(([name, read]) => csvField(read(job), TYPED.has(name))).join(',') + '\r\n';
}

/**
 * The list's rows for these filters as a CSV stream: fetched a batch at a time by keyset as the
 * client reads, so a million-row export holds one batch in memory and never times out on a query.
 */
export function jobsCsvStream(actor: Actor, filters: Partial<JobListFilters>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          // A byte-order mark, so spreadsheet programs read the file as UTF-8.
          controller.enqueue(encoder.encode('\uFEFF' + COLUMNS.map(([name]) => name).join(',') + '\r\n'));
        }
        const page = await findJobs(actor, { ...filters, cursor, limit: BATCH });
        if (page.jobs.length > 0) controller.enqueue(encoder.encode(page.jobs.map(csvRow).join('')));
        if (!page.nextCursor) controller.close();
        cursor = page.nextCursor ?? undefined;
      },
    },
    { highWaterMark: 1 },
  );
}
