import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/api-context.ts';
import { ConnectionResult, type TestOutcome } from './ConnectionResult.tsx';
import { messageOf } from './message-of.ts';
import type { ProfileRow } from './use-profiles.ts';

interface Props {
  readonly profile: ProfileRow | null;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

/** Add or edit a profile. The password is never shown; it is saved only when typed. */
export function ProfileForm({ profile, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState(profile?.name ?? '');
  const [uri, setUri] = useState(profile?.uri ?? 'neo4j://127.0.0.1:7687');
  const [user, setUser] = useState(profile?.user ?? 'neo4j');
  const [database, setDatabase] = useState(profile?.database ?? 'neo4j');
  const [password, setPassword] = useState('');
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const typed = password === '' ? {} : { password };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const id = profile ? { id: profile.id } : {};
      const saved = await api['store:save-profile']({ ...id, name, uri, user, database, ...typed });
      if (saved.message) setOutcome({ ok: false, message: saved.message });
      else onDone();
    } catch (error) {
      setOutcome({ ok: false, message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const test = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const id = profile && password === '' ? { profileId: profile.id } : {};
      setOutcome(await api['store:test-connection']({ ...id, uri, user, database, ...typed }));
    } catch (error) {
      setOutcome({ ok: false, message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="settings-form" onSubmit={(event) => void save(event)} aria-busy={busy}>
      <label>
        {t('settings.profile.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label>
        {t('settings.profile.uri')}
        <input value={uri} onChange={(e) => setUri(e.target.value)} required />
      </label>
      <label>
        {t('settings.profile.user')}
        <input value={user} onChange={(e) => setUser(e.target.value)} required />
      </label>
      <label>
        {t('settings.profile.database')}
        <input value={database} onChange={(e) => setDatabase(e.target.value)} required />
      </label>
      <label>
        {t('settings.profile.password')}
        <input
          type="password"
          value={password}
          autoComplete="new-password"
          placeholder={profile?.hasPassword ? t('settings.profile.passwordKept') : ''}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {outcome && <ConnectionResult outcome={outcome} />}
      <div className="settings-form__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void test()}>
          {t('settings.profile.test')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('settings.profile.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('settings.profile.cancel')}
        </button>
      </div>
    </form>
  );
}
