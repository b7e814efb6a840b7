import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/db/data-dir';

let cached: string | undefined;

/**
 * AUTH_SECRET when set. On the embedded database a secret is made once and kept in the data
 * folder, so `npm run start` works with no settings; against a server it must be configured.
 */
export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  if (process.env.DATABASE_URL) {
    throw new Error('AUTH_SECRET is not set. With DATABASE_URL, set AUTH_SECRET to a long random string (e.g. `openssl rand -base64 33`).');
  }
  const file = path.join(dataDir(), 'auth-secret');
  fs.mkdirSync(dataDir(), { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(33).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return (cached = fs.readFileSync(file, 'utf8').trim());
}
