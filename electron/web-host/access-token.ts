import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,512}$/;

/** 256 random bits, base64url: safe in a URL fragment and an Authorization header. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

export function checkAccessToken(token: string): string {
  if (!TOKEN_PATTERN.test(token)) {
    throw new Error(
      'The web host token must be 32 to 512 characters of A-Z, a-z, 0-9, "-" or "_" ' +
        '(leave it out to get a random one).',
    );
  }
  return token;
}

/**
 * Compares the bearer token in constant time. Hashing both sides first gives equal
 * lengths, so neither the content nor the length of the secret leaks through timing.
 */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer ([^\s]+)$/i.exec(authorization?.trim() ?? '');
  const offered = match?.[1] ?? '';
  const a = createHash('sha256').update(offered).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b) && offered.length > 0;
}
