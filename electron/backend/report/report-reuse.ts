import type { ReportData } from '../../../shared/report/report-data.schema.ts';

/** Long enough for Chromium to start and load the page on a busy machine, short enough to stay current. */
export const REUSE_WINDOW_MS = 15_000;

interface Recent {
  readonly result: Promise<ReportData>;
  readonly at: number;
}

const recentByStore = new WeakMap<object, Map<string, Recent>>();

/**
 * Both ways of printing the brief (`xrm report`, "Export report…") ask for the
 * same data twice within moments: once to check the account before starting
 * Chromium, once from the report page. The second request takes the first
 * one's result instead of computing it again, as it is the heaviest part of
 * the print. A result is handed out at most once more and only within
 * REUSE_WINDOW_MS, so any later request computes afresh and sees every change
 * made since. Failures are never kept.
 */
export function reuseOnce(
  store: object,
  key: string,
  compute: () => Promise<ReportData>,
  now: number = Date.now(),
): Promise<ReportData> {
  const recent = recentByStore.get(store) ?? new Map<string, Recent>();
  recentByStore.set(store, recent);
  for (const [other, entry] of recent) {
    if (now - entry.at > REUSE_WINDOW_MS) recent.delete(other);
  }
  const earlier = recent.get(key);
  if (earlier) {
    recent.delete(key);
    return earlier.result;
  }
  const result = compute();
  const entry = { result, at: now };
  recent.set(key, entry);
  result.catch(() => {
    if (recent.get(key) === entry) recent.delete(key);
  });
  return result;
}
