// Which client address the web server reports to the API in X-Forwarded-For. The API limits
// sign-in, registration and password resets per address, so that address must be the peer that
// really connected to this server, not whatever a client writes into its own headers. Next
// keeps a client's X-Forwarded-For as it is, so server.mjs stamps the socket's address into
// PEER_ADDRESS_HEADER (replacing any a client sent) and the proxy builds the header from that.
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** Set by server.mjs to the socket's remote address; never taken from a client. */
export const PEER_ADDRESS_HEADER = 'x-shop-peer-address';

/** Request headers through which a client could claim another address or origin: never forwarded as sent. */
export const CLIENT_ADDRESS_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-forwarded-proto',
  'x-real-ip',
  PEER_ADDRESS_HEADER,
];

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) as `10.0.0.1`; other forms as they are. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

function familyOf(address: string): 'ipv4' | 'ipv6' | null {
  if (isIPv4(address)) return 'ipv4';
  if (isIPv6(address)) return 'ipv6';
  return null;
}

/**
 * The proxies in front of this server whose X-Forwarded-For is believed: a comma-separated list
 * of addresses and CIDR ranges (`10.0.0.0/8, 192.168.1.5, ::1`). Empty or unset: none.
 * Throws an Error naming the entry that is neither.
 */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? '').split(',')) {
    const text = entry.trim();
    if (text === '') continue;
    const [address = '', prefix, extra] = text.split('/');
    const normalized = normalizeAddress(address);
    const family = familyOf(normalized);
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 'ipv4' ? 32 : 128;
    if (
      family === null ||
      extra !== undefined ||
      (bits !== null && (!Number.isInteger(bits) || bits < 0 || bits > maxBits || prefix === ''))
    ) {
      throw new Error(`WEB_TRUSTED_PROXIES: "${text}" is not an IP address or CIDR range`);
    }
    if (bits === null) {
      list.addAddress(normalized, family);
    } else {
      list.addSubnet(normalized, bits, family);
    }
  }
  return list;
}

/**
 * The X-Forwarded-For to send the API: the connected peer's address, after the chain the client
 * sent only when that peer is a trusted proxy (which appends what it saw, as every proxy does).
 * Null when the peer is unknown (not started through server.mjs): nothing a client claims is
 * passed on then.
 */
export function forwardedFor(
  clientChain: string | null,
  peer: string | null,
  trusted: BlockList,
): string | null {
  if (peer === null || peer.trim() === '') return null;
  const address = normalizeAddress(peer);
  const family = familyOf(address);
  if (family === null) return null;
  const chain = clientChain
    ?.split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .join(', ');
  if (chain && trusted.check(address, family)) {
    return `${chain}, ${address}`;
  }
  return address;
}
