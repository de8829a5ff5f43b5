import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../shared/ipc/contract.ts';
import { useApi } from '../app/api-context.ts';

export type ProfileRow = ChannelOutput<'store:list-profiles'>['profiles'][number];
export type KeyringReport = ChannelOutput<'store:keyring-status'>;
export type StoreInfo = ChannelOutput<'app:get-info'>['store'];

/** Profiles, keyring state and the active store, reloaded after every change. */
export function useProfiles(onError: (error: unknown) => void) {
  const api = useApi();
  const [profiles, setProfiles] = useState<readonly ProfileRow[]>([]);
  const [keyring, setKeyring] = useState<KeyringReport | null>(null);
  const [store, setStore] = useState<StoreInfo | null>(null);

  const reload = useCallback(
    () =>
      Promise.all([
        api['store:list-profiles']({}),
        api['store:keyring-status']({}),
        api['app:get-info']({}),
      ])
        .then(([list, ring, info]) => {
          setProfiles(list.profiles);
          setKeyring(ring);
          setStore(info.store);
        })
        .catch(onError),
    [api, onError],
  );

  useEffect(() => {
    void reload();
    return api.on('store:changed', () => void reload());
  }, [api, reload]);

  return { profiles, keyring, store, reload };
}
