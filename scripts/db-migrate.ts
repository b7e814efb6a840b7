// Run with `npm run db:migrate` (tsx --conditions=react-server, so 'server-only' modules load).
import { getDatabaseHandle } from '@/db/client';
import { dataDir } from '@/db/data-dir';

function where(kind: 'pglite' | 'postgres'): string {
  if (kind === 'pglite') return `the embedded database in ${dataDir()}`;
  const url = new URL(process.env.DATABASE_URL!);
  return `PostgreSQL database "${url.pathname.slice(1)}" on ${url.host}`;
}

const started = performance.now();
try {
  // Opening the database applies every committed migration it lacks.
  const handle = await getDatabaseHandle();
  console.log(`Migrated ${where(handle.kind)} in ${Math.round(performance.now() - started)} ms.`);
  await handle.close();
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
