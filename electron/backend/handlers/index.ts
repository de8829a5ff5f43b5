import type { Handlers } from '../ipc/handler-types.ts';
import { analysisHandlers } from './analysis-handlers.ts';
import { appHandlers } from './app-handlers.ts';
import { demoHandlers } from './demo-handlers.ts';
import { graphHandlers } from './graph-handlers.ts';
import { reportHandlers } from './report-handlers.ts';
import { settingsHandlers } from './settings-handlers.ts';
import { storeHandlers } from './store-handlers.ts';

/** Every channel of the contract, one module per domain; a missing channel fails type-checking. */
export const handlers = {
  ...appHandlers,
  ...graphHandlers,
  ...demoHandlers,
  ...settingsHandlers,
  ...reportHandlers,
  ...analysisHandlers,
  ...storeHandlers,
} satisfies Handlers;
