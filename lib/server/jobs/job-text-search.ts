import 'server-only';
import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { customerNameKeys, customers, jobs } from '@/db/schema';
import type { Actor } from '../actor';
import type { JobListSort } from './job-list-cursor';
import { sortColumn, sortOrder } from './job-list-sort';

type TextQuery = { kind: 'phone'; e164: string } | { kind: 'digits'; pattern: string } | { kind: 'text'; pattern: string };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * "#1042" finds job 1042. A whole phone number typed any way ("(512) 555-0143", "+1 512.555.0143")
 * is looked up in the phone index: digits make poor trigrams. Part of a number is matched by its
 * digits, which search_text also holds. Anything else is matched in names and in search_text.
 */
function readQuery(q: string): TextQuery {
  const text = q.toLowerCase().replace(/^#/, '');
  const digits = text.replace(/\D/g, '');
  const phoneShaped = /^[+\d\s().-]+$/.test(text) && digits.length >= 7;
  if (phoneShaped && (digits.length === 10 || (digits.length === 11 && digits.startsWith('1')))) return { kind: 'phone', e164: `+1${digits.slice(-10)}` };
  if (phoneShaped) return { kind: 'digits', pattern: `%${digits}%` };
  return { kind: 'text', pattern: `%${escapeLike(text)}%` };
}

/** A provider sees a customer's phone only on jobs it holds, so only those answer to one. */
function phoneVisibleTo(actor: Actor): SQL | undefined {
  return actor.organizationKind === 'enterprise' ? undefined : eq(jobs.providerId, actor.organizationId);
}

/** The customer names that match; an enterprise's own only, while a provider works for several. */
function matchingNameKeys(actor: Actor, pattern: string, columns: SQL): SQL {
  const own = actor.organizationKind === 'enterprise' ? sql`and ${customerNameKeys.organizationId} = ${actor.organizationId}` : sql``;
  // Keys and pattern are both lowercase, so plain LIKE: ILIKE folds case again on every key.
  return sql`select ${columns} from ${customerNameKeys} where ${customerNameKeys.nameKey} like ${pattern} ${own}`;
}

function phoneOrDigits(actor: Actor, query: Exclude<TextQuery, { kind: 'text' }>): SQL {
  const match =
    query.kind === 'phone'
      ? sql`${jobs.customerId} in (select ${customers.id} from ${customers} where ${customers.phone} = ${query.e164})`
      : ilike(jobs.searchText, query.pattern);
  return and(match, phoneVisibleTo(actor))!;
}

/** Every job the text matches: for counts and the CSV export, which need them all. */
export function textSearch(actor: Actor, q: string): SQL {
  const query = readQuery(q);
  if (query.kind !== 'text') return phoneOrDigits(actor, query);
  return or(
    sql`${jobs.customerNameKey} = any(array(${matchingNameKeys(actor, query.pattern, sql`${customerNameKeys.nameKey}`)}))`,
    ilike(jobs.searchText, query.pattern),
  )!;
}

/**
 * The jobs of one list page that the text matches, among those `scope` allows, in the list's sort.
 * A common name matches a share of the whole book (every "Dan Lewis" job), so reading every match to
 * sort them would grow with the book. Instead each matching name gives its first `size` jobs straight
 * from jobs_org_name_activity_idx, search_text gives its first `size` (the planner walks the sort's
 * index for a common word, or the trigram index for a rare one), and the page is the first `size` of
 * those: the work grows with the number of distinct names that match, not with the book.
 */
export function textSearchPage(actor: Actor, q: string, scope: SQL, sort: JobListSort, size: number): SQL {
  const query = readQuery(q);
  if (query.kind !== 'text') return phoneOrDigits(actor, query);
  const value = sortColumn(sort);
  const order = sortOrder(sort);
  const byName = sql`select page.id, page.sort_value from (${matchingNameKeys(actor, query.pattern, sql`${customerNameKeys.organizationId} as organization_id, ${customerNameKeys.nameKey} as name_key`)}) name
    cross join lateral (select ${jobs.id} as id, ${value} as sort_value from ${jobs}
      where ${jobs.organizationId} = name.organization_id and ${jobs.customerNameKey} = name.name_key and ${scope}
      order by ${sql.join(order, sql`, `)} limit ${size}) page`;
  // Jobs whose name matches come from byName only, so the two never share a row and need no de-duplication.
  const byText = sql`select ${jobs.id} as id, ${value} as sort_value from ${jobs}
    where ${scope} and ${ilike(jobs.searchText, query.pattern)} and ${jobs.customerNameKey} not like ${query.pattern}
    order by ${sql.join(order, sql`, `)} limit ${size}`;
  const merged = sortOrder(sort, sql`found.sort_value`, sql`found.id`);
  return sql`${jobs.id} in (select found.id from ((${byName}) union all (${byText})) found order by ${sql.join(merged, sql`, `)} limit ${size})`;
}
