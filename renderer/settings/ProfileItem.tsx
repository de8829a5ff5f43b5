import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/api-context.ts';
import { ConnectionResult, type TestOutcome } from './ConnectionResult.tsx';
import { CopyNetwork } from './CopyNetwork.tsx';
import { messageOf } from './message-of.ts';
import type { ProfileRow } from './use-profiles.ts';

interface Props {
  readonly profile: ProfileRow;
  readonly active: boolean;
  /** No secure keyring: a password lives only as long as the app runs. */
  readonly sessionOnly: boolean;
  readonly onEdit: () => void;
  readonly onChanged: () => void;
  readonly onError: (error: unknown) => void;
}

/** One saved Neo4j profile with its actions; deleting asks first. */
export function ProfileItem({ profile, active, sessionOnly, onEdit, onChanged, onError }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const [confirming, setConfirming] = useState(false);

  const test = () => {
    setOutcome(null);
    api['store:test-connection']({ profileId: profile.id })
      .then(setOutcome)
      .catch((error: unknown) => setOutcome({ ok: false, message: messageOf(error) }));
  };
  const use = () =>
    api['store:switch']({ kind: 'neo4j', profileId: profile.id }).then(onChanged).catch(onError);
  const remove = () =>
    api['store:delete-profile']({ id: profile.id }).then(onChanged).catch(onError);

  return (
    <li className="settings-profile" data-testid="settings-profile" aria-label={profile.name}>
      <div className="settings-profile__what">
        <strong>{profile.name}</strong> {profile.uri} · {profile.user} · {profile.database} ·{' '}
        {!profile.hasPassword
          ? t('settings.profile.noPassword')
          : sessionOnly
            ? t('settings.profile.hasSessionPassword')
            : t('settings.profile.hasPassword')}
        {active && <em> · {t('settings.store.inUse')}</em>}
      </div>
      {outcome && <ConnectionResult outcome={outcome} />}
      <div className="settings-form__actions">
        <button type="button" className="button button--small" onClick={test}>
          {t('settings.profile.test')}
        </button>
        {!active && (
          <button type="button" className="button button--small" onClick={() => void use()}>
            {t('settings.store.use')}
          </button>
        )}
        <button type="button" className="button button--small" onClick={onEdit}>
          {t('settings.profile.edit')}
        </button>
        {confirming ? (
          <>
            <span>{t('settings.profile.confirmDelete', { name: profile.name })}</span>
            <button type="button" className="button button--small" onClick={() => void remove()}>
              {t('settings.profile.confirmYes')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setConfirming(false)}
            >
              {t('settings.profile.cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--small"
            onClick={() => setConfirming(true)}
          >
            {t('settings.profile.delete')}
          </button>
        )}
      </div>
      {!active && <CopyNetwork profile={profile} />}
    </li>
  );
}
