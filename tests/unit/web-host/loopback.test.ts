import { describe, expect, it } from 'vitest';
import { allowedHostHeaders, loopbackBindAddress } from '../../../electron/web-host/loopback.ts';
import {
  bearerMatches,
  checkAccessToken,
  newAccessToken,
} from '../../../electron/web-host/access-token.ts';
import { safeSegments } from '../../../electron/web-host/static-files.ts';

describe('the web host binds loopback only', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['127.8.9.10', '127.8.9.10'],
    ['localhost', '127.0.0.1'],
    ['LOCALHOST', '127.0.0.1'],
    ['::1', '::1'],
    ['[::1]', '::1'],
    ['0:0:0:0:0:0:0:1', '::1'],
  ])('accepts %s (binds %s)', (host, bound) => {
    expect(loopbackBindAddress(host)).toBe(bound);
  });

  it.each([
    '0.0.0.0',
    '::',
    '192.168.1.20',
    '10.0.0.5',
    '::ffff:127.0.0.1',
    'example.com',
    '',
    '128.0.0.1',
  ])('refuses %j with a reason', (host) => {
    expect(() => loopbackBindAddress(host)).toThrow(/only listens on a loopback address/);
  });

  it('accepts only its own host:port in the Host header', () => {
    const allowed = allowedHostHeaders('127.0.0.1', 4711);
    expect([...allowed].sort()).toEqual(['127.0.0.1:4711', 'localhost:4711']);
    expect([...allowedHostHeaders('::1', 80)].sort()).toEqual(['[::1]:80', 'localhost:80']);
  });
});

describe('the access token', () => {
  it('is 256 random bits, URL-safe, new every run', () => {
    const a = newAccessToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newAccessToken()).not.toBe(a);
  });

  it('matches only the exact bearer token', () => {
    const token = newAccessToken();
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(undefined, token)).toBe(false);
    expect(bearerMatches('Bearer ', token)).toBe(false);
    expect(bearerMatches(token, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token.slice(1)}`, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token}x`, token)).toBe(false);
    expect(bearerMatches(`Basic ${token}`, token)).toBe(false);
  });

  it('refuses a weak fixed token', () => {
    expect(() => checkAccessToken('secret')).toThrow(/32 to 512 characters/);
    expect(() => checkAccessToken('a'.repeat(31) + '/')).toThrow();
  });
});

describe('static file paths', () => {
  it('are decoded into plain segments', () => {
    expect(safeSegments('/')).toEqual([]);
    expect(safeSegments('/assets/index-3f2a.js?v=1')).toEqual(['assets', 'index-3f2a.js']);
    expect(safeSegments('/./assets//logo%20big.svg')).toEqual(['assets', 'logo big.svg']);
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../secret.db',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2Fetc%2Fpasswd',
    '/..%5c..%5cwindows',
    '/index.html%00.png',
    '/C:/Windows/win.ini',
    '/%E0%A4%A',
  ])('refuse %s', (url) => {
    expect(safeSegments(url)).toBeUndefined();
  });
});
