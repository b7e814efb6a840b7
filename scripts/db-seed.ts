// Run with `npm run db:seed` (tsx --conditions=react-server, so 'server-only' modules load).
import { getDatabaseHandle } from '@/db/client';
import { isDatabaseEmpty, seedDemo, DEMO_PASSWORD } from '@/db/seed/demo';

const handle = await getDatabaseHandle();
try {
  if (!(await isDatabaseEmpty())) {
    console.log('The database already has data; nothing was changed. (The demo seed only fills an empty database.)');
  } else {
    const { jobs, ms } = await seedDemo();
    console.log(`Seeded the demo: ${jobs} jobs in ${(ms / 1000).toFixed(1)} s.`);
    console.log(`Sign in with manage@acme.test, staff@acme.test, dispatch@bolt.test, tech@bolt.test or dispatch@northside.test; password "${DEMO_PASSWORD}".`);
  }
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  console.error('The database may hold part of the demo now: empty it (delete the data folder, or drop and recreate the database) and run again.');
  process.exitCode = 1;
} finally {
  await handle.close();
}
