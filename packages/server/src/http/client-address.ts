import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The caller's address, for rate limits and the outbox's loopback check only; it is never stored.
 * Behind `trustedHops` reverse proxies, each proxy appends the address it saw to X-Forwarded-For,
 * so the client is the entry that many places from the right (the socket's peer being the
 * nearest proxy). Entries further left are written by the client and prove nothing.
 */
export function clientAddress(c: Context, trustedHops: number): string {
  const peer = socketAddress(c);
  if (trustedHops <= 0) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!;
}

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * What a rate limit counts by: an IPv4 address, or an IPv6 /64 (one home or server gets a whole
 * /64, so counting single IPv6 addresses would let anyone pass a limit by changing address).
 */
export function rateLimitKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address ("2001:db8::1" → 2001, db8, 0, …, 1), lower case. */
function expandIpv6(address: string): string[] {
  const bare = address.split('%')[0]!.toLowerCase();
  const [head = '', tail] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map(
    (group) => group.replace(/^0+(?=.)/, '') || '0',
  );
}
