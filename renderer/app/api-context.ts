import { createContext, useContext } from 'react';
import type { XrmApi } from '../../shared/ipc/api.ts';

export const ApiContext = createContext<XrmApi | null>(null);

/** The typed backend API; components never reach for window.xrm or fetch directly. */
export function useApi(): XrmApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiContext.Provider> above it.');
  return api;
}
