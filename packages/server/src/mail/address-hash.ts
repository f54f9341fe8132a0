import { createHash } from 'node:crypto';

/**
 * The key under which a recipient's mails are counted: SHA-256 of the address as people mean it
 * (trimmed, case-insensitive), so the count survives after the address itself has been erased.
 */
export function addressHash(address: string): string {
  return createHash('sha256').update(address.trim().toLowerCase()).digest('hex');
}
