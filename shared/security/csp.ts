/**
 * The Content-Security-Policy of every page we serve — app:// in the desktop
 * window and the loopback web host alike, so both enforce one policy. The renderer is our own
 * bundle; nothing is loaded from anywhere else, nothing is evaluated, no plug-ins,
 * no <base> tricks, no framing and no form posts.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Cytoscape inserts a <style> element into <head> when a graph mounts
  // (`.__________cytoscape_container { position: relative; }`), which a plain
  // 'self' would block. Inline *styles* cannot run code, so this is the bounded
  // exception; scripts stay 'self' only. (React's `style` prop and Cytoscape's
  // canvas sizing go through the CSSOM, which CSP does not restrict.)
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: and blob: for the network map snapshots (canvas.toDataURL / toBlob) and icons.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // The renderer talks to the backend through the preload bridge, never over the network.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

export function contentSecurityPolicy(
  directives: Record<string, readonly string[]> = CSP_DIRECTIVES,
): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Headers sent with every response of either host, next to the content type. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  };
}
