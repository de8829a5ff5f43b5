import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../../shared/security/csp.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the content security policy of app:// responses', () => {
  const policy = directives(contentSecurityPolicy());

  it('allows scripts only from the app itself: no inline, no eval, no remote', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('allows inline styles (Cytoscape) but nothing else unsafe', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    const unsafe = [...policy].filter(([, sources]) => sources.includes("'unsafe-inline'"));
    expect(unsafe.map(([name]) => name)).toEqual(['style-src']);
  });

  it('closes plug-ins, base URLs, framing and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('limits images to the app, data: and blob:, and connections to the app', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('is sent with nosniff and no referrer', () => {
    const headers = securityHeaders();
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });
});
