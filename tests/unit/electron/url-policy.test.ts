import { describe, expect, it } from 'vitest';
import {
  APP_TRUSTED_ORIGIN,
  devServerOrigin,
  isAllowedRequest,
  isSafeExternalUrl,
  isTrustedSender,
  isTrustedUrl,
} from '../../../electron/main/security/url-policy.ts';
import { launchMode } from '../../../electron/main/launch-mode.ts';

const dev = { protocol: 'http:', host: '127.0.0.1:5173' };
const packagedTrust = [APP_TRUSTED_ORIGIN];
const devTrust = [APP_TRUSTED_ORIGIN, dev];
const topFrame = (url: string) => ({ url, parent: null });

describe('the IPC sender check', () => {
  it('accepts the top frame of our renderer', () => {
    expect(isTrustedSender(topFrame('app://xrm/index.html'), packagedTrust)).toBe(true);
    expect(isTrustedSender(topFrame('app://xrm/#/account/42'), packagedTrust)).toBe(true);
    expect(isTrustedSender(topFrame('http://127.0.0.1:5173/'), devTrust)).toBe(true);
  });

  it('refuses other origins, look-alikes and the dev server when it is not trusted', () => {
    for (const url of [
      'https://evil.example/',
      'app://evil/index.html',
      'app://xrm.evil/index.html',
      'app://user:pw@xrm/index.html',
      'file:///home/user/index.html',
      'http://127.0.0.1:5174/',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,<script>1</script>',
      'not a url',
      '',
    ]) {
      expect(isTrustedSender(topFrame(url), devTrust), url).toBe(false);
    }
    expect(isTrustedSender(topFrame('http://127.0.0.1:5173/'), packagedTrust)).toBe(false);
  });

  it('refuses sub-frames, detached frames and frames that are gone', () => {
    expect(isTrustedSender({ url: 'app://xrm/', parent: {} }, packagedTrust)).toBe(false);
    expect(
      isTrustedSender({ url: 'app://xrm/', parent: null, detached: true }, packagedTrust),
    ).toBe(false);
    expect(isTrustedSender(null, packagedTrust)).toBe(false);
    expect(isTrustedSender(undefined, packagedTrust)).toBe(false);
  });
});

describe('links that may open in the user browser', () => {
  it('opens https links, also where the URL parser normalises them to https', () => {
    expect(isSafeExternalUrl('https://www.example.com/path?q=1#x')).toBe(true);
    expect(isSafeExternalUrl(' https://example.com')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://EXAMPLE.COM')).toBe(true);
  });

  it('refuses every other scheme and https with credentials', () => {
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:someone@example.com',
      'app://xrm/index.html',
      'https://user:secret@example.com/',
      'https://',
      'HTTPS',
      '',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('development mode', () => {
  it('accepts only a loopback http dev server', () => {
    expect(devServerOrigin('http://127.0.0.1:5173')).toEqual(dev);
    expect(devServerOrigin('http://localhost:3000/')).toEqual({
      protocol: 'http:',
      host: 'localhost:3000',
    });
    expect(devServerOrigin('http://192.168.1.5:5173')).toBeUndefined();
    expect(devServerOrigin('https://127.0.0.1.evil.example:5173')).toBeUndefined();
    expect(devServerOrigin('file:///tmp/index.html')).toBeUndefined();
    expect(devServerOrigin(undefined)).toBeUndefined();
  });

  it('is never entered by a packaged app, whatever the flags and environment say', () => {
    const mode = launchMode(['--dev'], { VITE_DEV_SERVER_URL: 'http://127.0.0.1:5173' }, true);
    expect(mode).toEqual({ isDev: false, startUrl: 'app://xrm/' });
  });

  it('loads the dev server in an unpackaged app started with --dev', () => {
    const mode = launchMode(['electron', '.', '--dev'], {}, false);
    expect(mode.startUrl).toBe('http://127.0.0.1:5173/');
    expect(mode.devOrigin).toEqual(dev);
  });

  it('falls back to app://xrm when the dev server URL is not on loopback', () => {
    const mode = launchMode([], { VITE_DEV_SERVER_URL: 'http://example.com:5173' }, false);
    expect(mode.startUrl).toBe('app://xrm/');
    expect(mode.devOrigin).toBeUndefined();
  });
});

describe('requests a renderer may make', () => {
  it('allows the app, inline data and the dev server including its hot-reload socket', () => {
    expect(isAllowedRequest('app://xrm/assets/index.js', devTrust)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', devTrust)).toBe(true);
    expect(isAllowedRequest('blob:app://xrm/1234', devTrust)).toBe(true);
    expect(isAllowedRequest('http://127.0.0.1:5173/@vite/client', devTrust)).toBe(true);
    expect(isAllowedRequest('ws://127.0.0.1:5173/', devTrust)).toBe(true);
  });

  it('blocks remote content and local files', () => {
    expect(isAllowedRequest('https://cdn.example.com/lib.js', devTrust)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:5173/', packagedTrust)).toBe(false);
    expect(isAllowedRequest('ws://127.0.0.1:9229/', devTrust)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', devTrust)).toBe(false);
  });

  it('compares protocol and host, not the opaque origin of custom schemes', () => {
    // WHATWG gives app:// an opaque origin "null"; comparing origins would equate all of them.
    expect(new URL('app://xrm/').origin).toBe(new URL('app://evil/').origin);
    expect(isTrustedUrl('app://evil/', packagedTrust)).toBe(false);
  });
});
