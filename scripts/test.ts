/**
 * `npm test`: everything CI runs. Unit and contract tests (vitest), then the
 * end-to-end suite (Playwright driving Debian's Chromium through the web host).
 * Both report as JSON; the last line is the one summary CI prints:
 *   tests: N passed, N failed, N skipped
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.XRM_CHROMIUM ?? '/usr/bin/chromium';
const reports = mkdtempSync(join(tmpdir(), 'xrm-test-reports-'));

function run(label: string, script: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function vitestTally(path: string, exitCode: number): Tally {
  const report = readJson(path) as Record<string, number> | undefined;
  if (!report) return crashed('vitest', exitCode);
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightTally(path: string, exitCode: number): Tally {
  const report = readJson(path) as
    { stats?: Record<string, number>; errors?: unknown[] } | undefined;
  if (!report?.stats) return crashed('playwright', exitCode);
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  // Errors outside any test (global setup, a spec that fails to load) are failures too.
  const outside = report.errors?.length ?? 0;
  return { passed: expected + flaky, failed: unexpected + outside, skipped };
}

/** A runner that died before writing its report counts as one failure, never as zero tests. */
function crashed(runner: string, exitCode: number): Tally {
  console.error(`${runner} exited with code ${exitCode} without writing its report.`);
  return { passed: 0, failed: 1, skipped: 0 };
}

function chromiumMissing(): boolean {
  if (existsSync(CHROMIUM)) return false;
  console.error(
    `\nChromium is needed for the end-to-end tests but was not found at ${CHROMIUM}.\n` +
      "Install Debian's Chromium with:  sudo apt-get install chromium\n" +
      'or point XRM_CHROMIUM at an existing Chromium binary. (Browsers are never downloaded.)',
  );
  return true;
}

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const add = (t: Tally) => {
  total.passed += t.passed;
  total.failed += t.failed;
  total.skipped += t.skipped;
};

const vitestReport = join(reports, 'vitest.json');
const vitestExit = run('unit and contract tests (vitest)', 'node_modules/vitest/vitest.mjs', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const unit = vitestTally(vitestReport, vitestExit);
if (vitestExit !== 0 && unit.failed === 0) unit.failed = 1; // e.g. an unhandled error between tests
add(unit);

if (chromiumMissing()) {
  total.failed += 1;
} else {
  const e2eReport = join(reports, 'playwright.json');
  const e2eExit = run(
    'end-to-end tests (Playwright + Chromium)',
    'node_modules/@playwright/test/cli.js',
    ['test', '-c', 'tests/e2e/playwright.config.ts'],
    { XRM_CHROMIUM: CHROMIUM, XRM_E2E_JSON: e2eReport },
  );
  const e2e = playwrightTally(e2eReport, e2eExit);
  if (e2eExit !== 0 && e2e.failed === 0) e2e.failed = 1;
  add(e2e);
}

rmSync(reports, { recursive: true, force: true });
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
