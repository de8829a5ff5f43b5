import { isIPv4, isIPv6 } from 'node:net';

/**
 * The web host serves a whole stakeholder network to anyone who can reach it,
 * so it only ever binds a loopback address. Anything else is refused before a
 * socket is opened.
 */
export function loopbackBindAddress(host: string): string {
  const bare = host
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  if (bare === 'localhost') return '127.0.0.1';
  if (isIPv4(bare) && bare.split('.')[0] === '127') return bare;
  if (isIPv6(bare) && isIPv6Loopback(bare)) return '::1';
  throw new Error(
    `The web host only listens on a loopback address (127.0.0.1, ::1 or localhost), not "${host}": ` +
      'it serves the whole stakeholder network and must not be reachable from other machines.',
  );
}

function isIPv6Loopback(address: string): boolean {
  if (address === '::1') return true;
  // Fully written out: 0:0:0:0:0:0:0:1, with any zero padding.
  const groups = address.split(':');
  return (
    groups.length === 8 &&
    groups.slice(0, 7).every((g) => /^0+$/.test(g)) &&
    /^0*1$/.test(groups[7] ?? '')
  );
}

/** How the bound address is written in a URL and a Host header. */
export function urlHost(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

/**
 * Host header values a browser sends when it really talks to this server. A page
 * on attacker.example rebound to 127.0.0.1 sends its own name and is refused.
 */
export function allowedHostHeaders(address: string, port: number): ReadonlySet<string> {
  return new Set([`${urlHost(address)}:${port}`, `localhost:${port}`]);
}
