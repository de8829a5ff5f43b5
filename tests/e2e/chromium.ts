import { CHROMIUM_ARGS as ARGS, chromiumPath } from '../../electron/backend/report/chromium.ts';

/** The same Chromium, with the same flags, that `xrm report` prints with. */
export const CHROMIUM_PATH = chromiumPath();
export const CHROMIUM_ARGS = [...ARGS];

/**
 * Chromium names downloads in the locale's file-name encoding: without any locale
 * (a bare CI shell) "Hansa Präzisionsteile AG.pdf" becomes "download". Desktops
 * run with a UTF-8 locale, so the tests do too unless one is set.
 */
export function chromiumEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const defined = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return env.LC_ALL || env.LANG ? defined : { ...defined, LANG: 'C.UTF-8' };
}
