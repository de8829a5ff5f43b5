import type { Handlers } from '../ipc/handler-types.ts';
import { analysisHandlers } from './analysis-handlers.ts';
import { appHandlers } from './app-handlers.ts';
import { canvasHandlers } from './canvas-handlers.ts';
import { demoHandlers } from './demo-handlers.ts';
import { exportHandlers } from './export-handlers.ts';
import { graphHandlers } from './graph-handlers.ts';
import { importHandlers } from './import-handlers.ts';
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
  ...exportHandlers,
  ...canvasHandlers,
  ...analysisHandlers,
  ...storeHandlers,
  ...importHandlers,
} satisfies Handlers;
