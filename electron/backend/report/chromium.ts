/**
 * How we run Chromium for printing (`xrm report`) and for the end-to-end tests:
 * Debian's Chromium (never a downloaded browser), headless, quiet — no updates,
 * sync or QUIC probes calling home.
 */
export function chromiumPath(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  return env.XRM_CHROMIUM ?? '/usr/bin/chromium';
}

const QUIET_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium refuses to start its sandbox as root (containers, CI); only there do
 * we switch it off. The page it prints is our own, served from loopback.
 */
export const CHROMIUM_ARGS: readonly string[] =
  process.getuid?.() === 0 ? ['--no-sandbox', ...QUIET_ARGS] : QUIET_ARGS;
