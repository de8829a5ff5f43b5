import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/api-context.ts';
import { ProfileForm } from './ProfileForm.tsx';
import { ProfileItem } from './ProfileItem.tsx';
import { messageOf } from './message-of.ts';
import { useProfiles, type ProfileRow } from './use-profiles.ts';

/** Active store, Neo4j profiles, the keyring warning and switching back to the local file. */
export function StoreSection() {
  const { t } = useTranslation();
  const api = useApi();
  const [notice, setNotice] = useState<string | null>(null);
  const onError = useCallback((error: unknown) => setNotice(messageOf(error)), []);
  const { profiles, keyring, store, reload } = useProfiles(onError);
  const [editing, setEditing] = useState<ProfileRow | 'new' | null>(null);

  const switchToLocal = () =>
    api['store:switch']({ kind: 'embedded' })
      .then(() => reload())
      .catch(onError);

  return (
    <section className="settings-section" aria-labelledby="settings-store-title">
      <h3 id="settings-store-title">{t('settings.store.title')}</h3>
      {store && (
        <p data-testid="settings-active-store">
          {t('settings.store.active')}:{' '}
          <strong>
            {store.kind === 'embedded'
              ? `${t('header.storeEmbedded')} · ${store.path}`
              : `${t('header.storeNeo4j')} · ${store.profile ?? store.uri} · ${store.database}`}
          </strong>
        </p>
      )}
      {store?.kind === 'neo4j' && (
        <button type="button" className="button" onClick={() => void switchToLocal()}>
          {t('settings.store.useLocal')}
        </button>
      )}
      {keyring && !keyring.secure && (
        <p className="settings-warning" role="note" data-testid="keyring-warning">
          {t('settings.store.keyringInsecure', { backend: keyring.backend })}
          {keyring.message ? ` ${keyring.message}` : ''}
        </p>
      )}
      {notice && (
        <p className="settings-notice" role="alert">
          {notice}
        </p>
      )}
      <h4>{t('settings.store.profiles')}</h4>
      {profiles.length === 0 && <p>{t('settings.store.noProfiles')}</p>}
      <ul className="settings-profiles" aria-label={t('settings.store.profiles')}>
        {profiles.map((profile) => (
          <ProfileItem
            key={profile.id}
            profile={profile}
            active={store?.kind === 'neo4j' && store.uri === profile.uri}
            sessionOnly={keyring?.secure === false}
            onEdit={() => setEditing(profile)}
            onChanged={() => void reload()}
            onError={onError}
          />
        ))}
      </ul>
      {editing ? (
        <ProfileForm
          profile={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            void reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('settings.store.add')}
        </button>
      )}
    </section>
  );
}
