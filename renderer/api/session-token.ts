/** Where the web host's per-run token lives for the lifetime of the tab. */
export const TOKEN_STORAGE_KEY = 'xrm.web-host.token';

export interface TokenEnvironment {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * The web host hands its token over in the URL fragment (`#token=…`), which never
 * reaches a server log. Read it once, keep it in sessionStorage so a reload still
 * works, and take it out of the address bar so it is not copied or screenshotted.
 */
export function takeSessionToken(env: TokenEnvironment): string | null {
  const fragment = new URLSearchParams(env.location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    env.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    fragment.delete('token');
    const rest = fragment.toString();
    const clean = `${env.location.pathname}${env.location.search}${rest ? `#${rest}` : ''}`;
    env.history.replaceState(env.history.state, '', clean);
    return fromUrl;
  }
  return env.sessionStorage.getItem(TOKEN_STORAGE_KEY);
}
