import { useTranslation } from 'react-i18next';
import type { AppInfo } from './use-app-status.ts';

/** Which store the user is looking at — always visible, so nobody edits the wrong one. */
export function StoreBadge({ store }: { readonly store: AppInfo['store'] | undefined }) {
  const { t } = useTranslation();
  if (!store) return null;
  const kind = store.kind === 'embedded' ? t('header.storeEmbedded') : t('header.storeNeo4j');
  const where =
    store.kind === 'embedded'
      ? shortenPath(store.path)
      : `${store.profile ?? store.uri} · ${store.database}`;
  const full = store.kind === 'embedded' ? store.path : `${store.uri} · ${store.database}`;
  return (
    <div className="store-badge" data-testid="store-badge" title={full}>
      <span className="visually-hidden">{t('header.store')}: </span>
      <span className={`store-badge__dot store-badge__dot--${store.kind}`} aria-hidden="true" />
      <span className="store-badge__kind">{kind}</span>
      <span className="store-badge__where" data-testid="store-location" data-full={full}>
        {where}
      </span>
    </div>
  );
}

/** Long paths lose their middle, never the file name: `/home/…/Daten/xrm.db`. */
export function shortenPath(path: string, max = 48): string {
  if (path.length <= max) return path;
  const parts = path.split(/(?=[\\/])/);
  const last = parts.pop() ?? path;
  let head = '';
  for (const part of parts) {
    if (head.length + part.length + last.length + 2 > max) break;
    head += part;
  }
  return `${head}${head ? '/…' : '…'}${last}`;
}
