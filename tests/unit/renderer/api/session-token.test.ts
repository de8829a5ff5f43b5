import { describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY, takeSessionToken } from '../../../../renderer/api/session-token.ts';

function environment(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored ? [[TOKEN_STORAGE_KEY, stored]] : []);
  const replaced: string[] = [];
  return {
    replaced,
    storage,
    env: {
      location: { hash, pathname: '/index.html', search: '?x=1' },
      history: {
        state: null,
        replaceState: (_s: unknown, _t: string, url?: string | URL | null) =>
          void replaced.push(String(url)),
      },
      sessionStorage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => void storage.set(key, value),
      },
    },
  };
}

describe('takeSessionToken', () => {
  it('reads the token from the fragment, keeps it for reloads and removes it from the address bar', () => {
    const { env, replaced, storage } = environment('#token=abc123_-XYZ');
    expect(takeSessionToken(env)).toBe('abc123_-XYZ');
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('abc123_-XYZ');
    expect(replaced).toEqual(['/index.html?x=1']);
  });

  it('keeps other fragment parameters when removing the token', () => {
    const { env, replaced } = environment('#token=t1&view=paths');
    takeSessionToken(env);
    expect(replaced).toEqual(['/index.html?x=1#view=paths']);
  });

  it('falls back to the stored token after a reload and leaves the URL alone', () => {
    const { env, replaced } = environment('', 'stored-token');
    expect(takeSessionToken(env)).toBe('stored-token');
    expect(replaced).toEqual([]);
  });

  it('returns null when there is no token anywhere', () => {
    expect(takeSessionToken(environment('#view=paths').env)).toBeNull();
  });
});
