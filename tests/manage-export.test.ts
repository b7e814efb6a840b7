import { beforeAll, describe, expect, it } from 'vitest';
import { findJobs } from '@/lib/server/jobs/find-jobs';
import { csvField, jobsCsvStream } from '@/lib/server/jobs/jobs-csv';
import { acmeAdmin, jobInStatus, otherAdmin, seedWorld } from './support/fixtures';

beforeAll(async () => {
  await seedWorld();
  await jobInStatus('scheduled', { job: { title: 'Leak, "urgent"\nsecond line', customerName: '=HYPERLINK("x")' } });
  for (let i = 0; i < 3; i += 1) await jobInStatus('unassigned');
  await jobInStatus('offered');
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

/** Splits RFC 4180 text into records of fields (quoted fields may hold commas and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && c === '\n') {
      record.push(field.replace(/\r$/, ''));
      records.push(record);
      record = [];
      field = '';
    } else {
      field += c;
    }
  }
  return records;
}

describe('the jobs CSV export', () => {
  it('has the same rows, in the same order, as the list with the same filters', async () => {
    for (const filters of [{}, { statuses: ['unassigned' as const] }, { q: 'hyperlink' }]) {
      const [header, ...rows] = parseCsv((await readAll(jobsCsvStream(acmeAdmin, filters))).replace(/^\uFEFF/, ''));
      expect(header![0]).toBe('Job number');
      const listed = (await findJobs(acmeAdmin, { ...filters, limit: 1000 })).jobs.map((j) => String(j.number));
      expect(rows.map((r) => r[0])).toEqual(listed);
    }
  });

  it('escapes quotes, commas and line breaks, and defuses formulas', async () => {
    const text = (await readAll(jobsCsvStream(acmeAdmin, { q: 'hyperlink' }))).replace(/^\uFEFF/, '');
    const [, row] = parseCsv(text);
    expect(row![3]).toBe('Leak, "urgent"\nsecond line');
    expect(row![4]).toBe(`'=HYPERLINK("x")`);
    expect(csvField('+15125550143', false)).toBe('+15125550143');
    expect(csvField('a"b')).toBe('"a""b"');
  });

  it('exports nothing of another enterprise', async () => {
    const rows = parseCsv((await readAll(jobsCsvStream(otherAdmin, {}))).replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(1);
  });
});
