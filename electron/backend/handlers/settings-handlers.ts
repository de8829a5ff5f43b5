import type { DomainHandlers } from '../ipc/handler-types.ts';

export const settingsHandlers = {
  'settings:get-language': async (_input, context) => ({
    language: context.settings.getLanguage(),
    chosen: context.settings.isChosen?.(),
  }),
  'settings:set-language': async ({ language }, context) => {
    context.settings.setLanguage(language);
    return { language: context.settings.getLanguage() };
  },
} satisfies DomainHandlers<'settings'>;
