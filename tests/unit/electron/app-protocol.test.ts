import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../electron/main/protocol/resolve-app-path.ts';
import { createAppResponder } from '../../../electron/main/protocol/app-responder.ts';
import { mimeTypeFor } from '../../../shared/http/mime-types.ts';

// A real folder layout: the renderer build inside, a secret file next to it.
let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'xrm-protocol-'));
  root = join(base, 'dist', 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>XRM</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log("app")');
  writeFileSync(join(root, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'top secret');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..';
}

describe('resolving app://xrm/ paths', () => {
  it('maps the root to index.html and assets to their files', () => {
    expect(resolveAppPath('app://xrm/', root)).toMatchObject({
      kind: 'file',
      path: join(root, 'index.html'),
    });
    expect(resolveAppPath('app://xrm/assets/index-abc123.js?v=1#x', root)).toMatchObject({
      kind: 'file',
      path: join(root, 'assets', 'index-abc123.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('keeps dot segments the URL parser folds inside the folder', () => {
    // WHATWG URL parsing folds these before we see them: they land inside the root.
    for (const url of [
      'app://xrm/../../etc/passwd',
      'app://xrm/../secret.txt',
      'app://xrm/%2e%2e/%2e%2e/secret.txt',
      'app://xrm/%252e%252e/secret.txt',
    ]) {
      const result = resolveAppPath(url, root);
      expect(result.kind, url).toBe('file');
      if (result.kind === 'file') expect(isInside(result.path, root), result.path).toBe(true);
    }
  });

  it('refuses encoded separators, backslashes, NUL, drive letters and broken escapes', () => {
    for (const url of [
      'app://xrm/%2E%2E%2F%2E%2E%2Fsecret.txt',
      'app://xrm/..%2f..%2fsecret.txt',
      'app://xrm/assets/..%2F..%2F..%2Fsecret.txt',
      'app://xrm/..%5c..%5csecret.txt',
      'app://xrm/..\\..\\secret.txt',
      'app://xrm/assets/%00.js',
      'app://xrm/C:%5cWindows%5cwin.ini',
      'app://xrm/%E0%A4%A',
    ]) {
      expect(resolveAppPath(url, root), url).toMatchObject({ kind: 'refused', status: 403 });
    }
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath('app://evil/index.html', root)).toMatchObject({ kind: 'refused' });
    expect(resolveAppPath('file:///etc/passwd', root)).toMatchObject({ kind: 'refused' });
    expect(resolveAppPath('not a url', root)).toMatchObject({ kind: 'refused', status: 400 });
  });
});

describe('answering app:// requests', () => {
  it('serves files with their content type and the CSP', async () => {
    const respond = createAppResponder(root);
    const response = await respond('app://xrm/assets/index-abc123.css');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toBe('body{}');
  });

  it('never returns the file outside the folder', async () => {
    const respond = createAppResponder(root);
    for (const url of ['app://xrm/../secret.txt', 'app://xrm/..%2fsecret.txt']) {
      const response = await respond(url);
      expect(await response.text(), url).not.toContain('top secret');
      expect(response.status).not.toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('answers client routes with index.html but a missing asset with 404', async () => {
    const respond = createAppResponder(root);
    const route = await respond('app://xrm/account/42');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await respond('app://xrm/assets/missing.js')).status).toBe(404);
    expect((await respond('app://xrm/assets')).status).toBe(200);
  });

  it('only serves GET and HEAD', async () => {
    const respond = createAppResponder(root);
    expect((await respond('app://xrm/', 'POST')).status).toBe(405);
    const head = await respond('app://xrm/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('knows the types of what a vite build contains', () => {
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('font.WOFF2')).toBe('font/woff2');
    expect(mimeTypeFor('icon.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('mystery.bin')).toBe('application/octet-stream');
  });
});
