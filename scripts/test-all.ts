// `npm test`: every check the project has, in order, each streaming its own output. A failing
// step does not stop the run, so the summary always covers everything. The last line printed
// is "N passed, N failed"; CI reads it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Counts = { passed: number; failed: number; skipped: number };
type SuiteResult = Counts & { name: string; seconds: number; note?: string };

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string; assertionResults: { status: string }[] }[];
};

type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
};

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldline-test-'));
const results: SuiteResult[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, ...env },
      // npm and npx are .cmd scripts on Windows, which only a shell can start.
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function vitestCounts(report: VitestReport): Counts {
  // A file that fails to load has no failed tests, only a failed status: count it once.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(report: PlaywrightReport): Counts {
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

/** Runs one suite; `count` reads its report, and a suite without one is a single pass or fail. */
async function suite<Report>(
  name: string,
  command: string,
  args: string[],
  options: { env?: Record<string, string>; report?: { file: string; count: (report: Report) => Counts } } = {},
): Promise<SuiteResult> {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}\n`);
  if (options.report) fs.rmSync(options.report.file, { force: true });
  const started = Date.now();
  const exitCode = await run(command, args, options.env);
  const seconds = (Date.now() - started) / 1000;

  let counts: Counts = exitCode === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  let note: string | undefined;
  if (options.report) {
    const report = readJson<Report>(options.report.file);
    if (report === undefined) {
      counts = { passed: 0, failed: 1, skipped: 0 };
      note = 'crashed before writing a report';
    } else {
      counts = options.report.count(report);
    }
  }
  // Exited with an error yet no test failed: an unhandled error, a server that never started.
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1;
    note ??= `exited with code ${exitCode}`;
  }
  const result = { name, seconds, note, ...counts };
  results.push(result);
  return result;
}

function vitest(name: string, projects: string[]): Promise<SuiteResult> {
  const report = path.join(reportDir, `${name.replace(/\W+/g, '-')}.json`);
  return suite(
    name,
    'npx',
    [
      'vitest',
      'run',
      ...projects.flatMap((project) => ['--project', project]),
      '--passWithNoTests',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { report: { file: report, count: vitestCounts } },
  );
}

function notRun(name: string, note: string, failed: number): void {
  results.push({ name, passed: 0, failed, skipped: 0, seconds: 0, note });
}

function printSummary(): void {
  const rows = results.map((r) => [r.name, String(r.passed), String(r.failed), String(r.skipped), `${r.seconds.toFixed(0)}s`, r.note ?? '']);
  const header = ['Suite', 'Passed', 'Failed', 'Skipped', 'Time', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();

  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(line(row));
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await suite('typecheck', 'npm', ['run', 'typecheck']);
await suite('lint', 'npm', ['run', 'lint']);
await vitest('unit', ['unit']);
await vitest('integration (pglite)', ['integration']);
// Developers opt in to a server by setting TEST_DATABASE_URL; a reachable one is not enough.
if (process.env.TEST_DATABASE_URL) await vitest('integration (postgres)', ['integration-postgres']);
else notRun('integration (postgres)', 'not run: TEST_DATABASE_URL is not set', 0);

const build = await suite('build', 'npm', ['run', 'build']);
if (build.failed === 0) {
  const report = path.join(reportDir, 'playwright.json');
  await suite('e2e', 'npx', ['playwright', 'test'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: report },
    report: { file: report, count: playwrightCounts },
  });
} else {
  notRun('e2e', 'not run: the build failed', 1);
}

fs.rmSync(reportDir, { recursive: true, force: true });
printSummary();
