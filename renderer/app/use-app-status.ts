import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../shared/ipc/contract.ts';
import { useApi } from './api-context.ts';

export type AppInfo = ChannelOutput<'app:get-info'>;
export type Counts = ChannelOutput<'graph:get-counts'>;

/** What the shell always shows: which store is open and how big the network is. */
export function useAppStatus(onError: (error: unknown) => void) {
  const api = useApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [counts, setCounts] = useState<Counts | null>(null);

  const refresh = useCallback(
    () =>
      Promise.all([api['app:get-info']({}), api['graph:get-counts']({})])
        .then(([nextInfo, nextCounts]) => {
          setInfo(nextInfo);
          setCounts(nextCounts);
        })
        .catch(onError),
    [api, onError],
  );

  useEffect(() => {
    void refresh();
    return api.on('store:changed', () => void refresh());
  }, [api, refresh]);

  return { info, counts, refresh };
}
