// Creates an organization and its first user. Run with `npm run org:create` and answer the
// questions, or pass every answer as a flag (the password on standard input):
//   printf '%s' "$PASSWORD" | npm run org:create -- --kind provider --name "Bolt Plumbing" \
//     --time-zone America/Chicago --admin-name "Dana Brooks" --admin-email dana@bolt.example --password-stdin
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { getDatabaseHandle } from '@/db/client';
import { isAppError } from '@/lib/server/errors';
import { createOrganization, createOrganizationInput } from '@/lib/server/organizations/create-organization';
import { createUser, createUserInput } from '@/lib/server/organizations/create-user';
import { hashPassword } from '@/lib/server/users/passwords';

const fields = {
  kind: createOrganizationInput.shape.kind,
  name: createOrganizationInput.shape.name,
  timeZone: createOrganizationInput.shape.timeZone,
  adminName: createUserInput.shape.name,
  adminEmail: createUserInput.shape.email,
  password: z
    .string({ error: 'Give the password on standard input with --password-stdin.' })
    .min(12, { error: 'The password needs at least 12 characters.' }).max(1000, { error: 'The password is too long.' }),
};
const answersSchema = z.object(fields);
type Answers = z.infer<typeof answersSchema>;

const FLAG_OF: Record<keyof Answers, string> = {
  kind: '--kind',
  name: '--name',
  timeZone: '--time-zone',
  adminName: '--admin-name',
  adminEmail: '--admin-email',
  password: '--password-stdin',
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Reads a line without echoing it: raw mode, one key at a time. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    stdout.write(prompt);
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\u0003') {
          stdout.write('\n');
          process.exit(130);
        } else if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stdout.write('\n');
          resolve(value);
          return;
        } else if (char === '\u007f' || char === '\b') {
          value = value.slice(0, -1);
        } else {
          value += char;
        }
      }
    };
    stdin.on('data', onData);
  });
}

/** Asks until the answer passes the field's own rule, showing the rule's message each time. */
async function askUntilValid<K extends keyof Answers>(key: K, ask: () => Promise<string>): Promise<Answers[K]> {
  for (;;) {
    const parsed = fields[key].safeParse(await ask());
    if (parsed.success) return parsed.data as Answers[K];
    console.log(`  ${parsed.error.issues[0]?.message ?? 'That answer is not valid.'}`);
  }
}

async function askAll(given: Partial<Record<keyof Answers, string>>): Promise<Answers> {
  const rl = createInterface({ input: stdin, output: stdout });
  const text = (key: keyof Answers, question: string) =>
    given[key] !== undefined ? Promise.resolve(fields[key].parse(given[key])) : askUntilValid(key, () => rl.question(question));
  const kind = (await text('kind', 'Organization kind (enterprise/provider): ')) as Answers['kind'];
  const name = (await text('name', 'Organization name: ')) as string;
  const timeZone = (await text('timeZone', 'Time zone [America/New_York]: ')) as string;
  const adminName = (await text('adminName', `${kind === 'enterprise' ? 'Admin' : 'Dispatcher'} name: `)) as string;
  const adminEmail = (await text('adminEmail', 'Email: ')) as string;
  rl.close();
  for (;;) {
    const password = await askUntilValid('password', () => askHidden('Password (at least 12 characters): '));
    if ((await askHidden('Password again: ')) === password) return { kind, name, timeZone, adminName, adminEmail, password };
    console.log('  The passwords differ; try again.');
  }
}

function printErrors(fieldErrors: Record<string, string[] | undefined>): void {
  for (const [key, messages] of Object.entries(fieldErrors)) {
    for (const message of messages ?? []) console.error(`  ${FLAG_OF[key as keyof Answers] ?? key}: ${message}`);
  }
}

async function collectAnswers(): Promise<Answers | null> {
  const { values } = parseArgs({
    options: {
      kind: { type: 'string' },
      name: { type: 'string' },
      'time-zone': { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-email': { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  });
  const given = { kind: values.kind, name: values.name, timeZone: values['time-zone'], adminName: values['admin-name'], adminEmail: values['admin-email'] };
  if (values['password-stdin'] || !stdin.isTTY) {
    // Non-interactive: every answer comes from the flags, and all errors are reported at once.
    const parsed = answersSchema.safeParse({ ...given, password: values['password-stdin'] ? await readStdin() : undefined });
    if (parsed.success) return parsed.data;
    console.error('Nothing was created:');
    printErrors(z.flattenError(parsed.error).fieldErrors);
    return null;
  }
  const invalid = answersSchema.partial().safeParse(given);
  if (!invalid.success) {
    console.error('Nothing was created:');
    printErrors(z.flattenError(invalid.error).fieldErrors);
    return null;
  }
  return askAll(given);
}

const answers = await collectAnswers().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  return null;
});
if (!answers) {
  process.exitCode = 1;
} else {
  const handle = await getDatabaseHandle();
  try {
    const passwordHash = await hashPassword(answers.password);
    const role = answers.kind === 'enterprise' ? 'enterprise_admin' : 'provider_dispatcher';
    const { organization, user } = await handle.db.transaction(async (tx) => {
      const organization = await createOrganization({ kind: answers.kind, name: answers.name, timeZone: answers.timeZone }, tx);
      const user = await createUser({ organizationId: organization.id, name: answers.adminName, email: answers.adminEmail, role, passwordHash }, tx);
      return { organization, user };
    });
    console.log(`Created the ${organization.kind} "${organization.name}" (${organization.timeZone}) with ${user.name} <${user.email}> as ${role}.`);
  } catch (error) {
    process.exitCode = 1;
    if (!isAppError(error)) throw error;
    console.error(`Nothing was created: ${error.message}`);
    if (error.fieldErrors) printErrors(error.fieldErrors);
  } finally {
    await handle.close();
  }
}
