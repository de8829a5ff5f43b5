import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/api-context.ts';
import { messageOf } from './message-of.ts';
import type { ProfileRow } from './use-profiles.ts';

type Progress = { readonly phase: string; readonly done: number };

/** "Copy this network to…" a profile, with the backend's progress events as they come. */
export function CopyNetwork({ profile }: { readonly profile: ProfileRow }) {
  const { t } = useTranslation();
  const api = useApi();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<string | null>(null);

  useEffect(() => {
    if (!running) return;
    return api.on('store:copy-progress', setProgress);
  }, [api, running]);

  const copy = () => {
    setRunning(true);
    setResult(null);
    api['store:copy-network']({ to: { kind: 'neo4j', profileId: profile.id } })
      .then((done) =>
        setResult(
          t('settings.copy.done', {
            nodes: done.counts.nodes,
            relationships: done.counts.relationships,
          }),
        ),
      )
      .catch((error: unknown) => setResult(messageOf(error)))
      .finally(() => {
        setRunning(false);
        setProgress(null);
      });
  };

  return (
    <div className="settings-copy">
      <button type="button" className="button button--small" disabled={running} onClick={copy}>
        {t('settings.copy.action', { name: profile.name })}
      </button>
      {running && progress && (
        <span role="status">{t('settings.copy.progress', { ...progress })}</span>
      )}
      {result && <span role="status">{result}</span>}
    </div>
  );
}
