import { CHROMIUM_ARGS as ARGS, chromiumPath } from '../../electron/backend/report/chromium.ts';

/** The same Chromium, with the same flags, that `xrm report` prints with. */
export const CHROMIUM_PATH = chromiumPath();
export const CHROMIUM_ARGS = [...ARGS];
