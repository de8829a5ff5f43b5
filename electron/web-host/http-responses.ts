import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/errors.ts';
import { contentSecurityPolicy, securityHeaders } from '../../shared/security/csp.ts';

/** One policy for both hosts: see shared/security/csp.ts. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(securityHeaders())) response.setHeader(name, value);
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

/** Refusals use the same Result envelope as handled errors, so a client parses one shape. */
export function sendError(
  response: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(response, status, { ok: false, error: { code, message } }, headers);
}
