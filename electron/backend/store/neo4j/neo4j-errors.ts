import { XrmError } from '../../../../shared/errors.ts';

interface Target {
  readonly uri: string;
  readonly database: string;
  readonly user: string;
}

interface DriverErrorLike {
  readonly code?: string;
  readonly message?: string;
  readonly cause?: unknown;
}

const TLS_PATTERN =
  /\b(SSL|TLS|EPROTO|certificate|wrong version number|secure TLS connection|self[- ]signed)\b/i;
const REFUSED_PATTERN = /ECONNREFUSED|EHOSTUNREACH|ENETUNREACH/i;
const NO_HOST_PATTERN = /ENOTFOUND|EAI_AGAIN|getaddrinfo/i;

/**
 * Turns a driver failure into one message a person can act on. Each cause has
 * its own wording (and the connection dialog can tell them apart): wrong
 * password, nothing listening, unknown host, unknown database, TLS mismatch.
 * Errors we do not recognise pass through unchanged: they are bugs to log.
 */
export function toNeo4jStoreError(error: unknown, target: Target): unknown {
  if (error instanceof XrmError) return error;
  const e = (error ?? {}) as DriverErrorLike;
  const code = e.code ?? '';
  const text = fullMessage(error);
  const where = `Neo4j at ${target.uri}`;
  const fail = (kind: 'unauthorized' | 'store-unavailable' | 'not-found', message: string) =>
    new XrmError(kind, message, { cause: error });

  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return fail(
      'unauthorized',
      `${where} rejected the user "${target.user}" and password. Check both in the connection profile.`,
    );
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return fail(
      'unauthorized',
      `${where} has blocked logins for a while after too many wrong passwords. Wait a few seconds and check the password.`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return fail(
      'not-found',
      `${where} has no database "${target.database}". Check the database name in the connection profile (Neo4j Community has only "neo4j").`,
    );
  }
  if (REFUSED_PATTERN.test(text)) return unreachable(error, where);
  if (TLS_PATTERN.test(text)) {
    return fail('store-unavailable', tlsMessage(target.uri));
  }
  if (NO_HOST_PATTERN.test(text)) {
    return fail(
      'store-unavailable',
      `The host of ${target.uri} cannot be found. Check the address in the connection profile.`,
    );
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return unreachable(error, where);
  if (code.startsWith('Neo.TransientError.')) {
    return fail(
      'store-unavailable',
      `${where} stopped the operation before it finished (${code.split('.').pop()}); the unfinished batch was not written. Try again: a repeated import adds nothing twice.`,
    );
  }
  return error;
}

function unreachable(error: unknown, where: string): XrmError {
  return new XrmError(
    'store-unavailable',
    `Cannot reach ${where}: no Neo4j answers there. Is the server running, and are host and port right?`,
    { cause: error },
  );
}

export function isTlsUri(uri: string): boolean {
  return /^(neo4j|bolt)\+(s|ssc):\/\//i.test(uri);
}

function tlsMessage(uri: string): string {
  return isTlsUri(uri)
    ? `Encryption does not match: ${uri} asks for an encrypted connection (+s), but the server does not offer TLS. Use neo4j:// or bolt:// for this server.`
    : `Encryption does not match: the server at ${uri} requires an encrypted connection. Use neo4j+s:// (as Aura and most clusters do).`;
}

/** The message of an error and of every cause below it. */
function fullMessage(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as DriverErrorLike;
    if (typeof e.message === 'string') parts.push(e.message);
    if (typeof e.code === 'string') parts.push(e.code);
    current = e.cause;
  }
  return parts.join(' | ');
}
