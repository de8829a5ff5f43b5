import type { DomainHandlers } from '../ipc/handler-types.ts';

export const APP_NAME = 'XRM Explorer';

export const appHandlers = {
  'app:get-info': async (_input, context) => ({
    name: APP_NAME,
    version: context.appVersion,
    store: context.store().description,
    host: context.host,
  }),
} satisfies DomainHandlers<'app'>;
