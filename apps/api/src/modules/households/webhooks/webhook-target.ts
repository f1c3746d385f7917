import dns from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { WebhookUrlNotAllowedError } from '../households.errors';

/**
 * Where a webhook may be delivered: never to the API's own network. A webhook URL is chosen by an
 * API client, so without this rule it would make the API call its loopback, the cloud metadata
 * service (169.254.169.254) or any private host (server-side request forgery).
 */

/** IPv4 ranges that are not the public internet (RFC 6890 and the IANA special-purpose registry). */
const IPV4_RANGES: ReadonlyArray<[string, number]> = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT, shared
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255 broadcast
];

/** IPv6 ranges that are not the public internet. */
const IPV6_RANGES: ReadonlyArray<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  // IPv4-mapped, IPv4-compatible, NAT64 and 6to4 addresses are judged by the IPv4 address they
  // carry (`embeddedIpv4`); BlockList itself checks IPv4 addresses against IPv6 rules as mapped ones,
  // so `::ffff:0:0/96` here would refuse every IPv4 address.
  ['64:ff9b:1::', 48], // local-use IPv4/IPv6 translation
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments (Teredo, ORCHIDs, benchmarking …)
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const forbidden = new BlockList();
for (const [network, prefix] of IPV4_RANGES) forbidden.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of IPV6_RANGES) forbidden.addSubnet(network, prefix, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail allowed), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const octets = dotted[1]!.split('.').map(Number);
    text = `${text.slice(0, dotted.index)}${((octets[0]! << 8) | octets[1]!).toString(16)}:${((octets[2]! << 8) | octets[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const groups = halves.length === 2 ? [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail] : head;
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const v4 = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64 or 6to4), or null. */
function embeddedIpv4(groups: number[]): string | null {
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zeros(0, 5) && (groups[5] === 0xffff || groups[5] === 0)) return v4(groups[6]!, groups[7]!); // ::ffff:a.b.c.d, ::a.b.c.d
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return v4(groups[6]!, groups[7]!); // NAT64 64:ff9b::a.b.c.d
  if (groups[0] === 0x2002) return v4(groups[1]!, groups[2]!); // 6to4 2002:aabb:ccdd::
  return null;
}

/**
 * True when a webhook may not go to this address: loopback, private, link-local, unique-local,
 * multicast, unspecified, reserved or documentation ranges, in IPv4 and IPv6, and IPv6 forms that
 * carry such an IPv4 address (IPv4-mapped, NAT64, 6to4). Anything that is not an address is refused.
 */
export function isForbiddenAddress(address: string): boolean {
  if (address.includes('%')) return true; // a zone index: link-local by nature
  const family = isIP(address);
  if (family === 4) return forbidden.check(address, 'ipv4');
  if (family !== 6) return true;
  const groups = ipv6Groups(address);
  if (!groups) return true;
  const carried = embeddedIpv4(groups);
  if (carried && forbidden.check(carried, 'ipv4')) return true;
  if (groups.slice(0, 6).every((g) => g === 0)) return true; // IPv4-compatible ::a.b.c.d (deprecated), :: and ::1
  return forbidden.check(address, 'ipv6');
}

/** Every address a host name resolves to (A and AAAA), as the system resolver answers. */
export type ResolveAll = (hostname: string) => Promise<string[]>;

export const systemResolveAll: ResolveAll = async (hostname) =>
  (await dns.promises.lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** The host of a URL as an address or a name (IPv6 literals without their brackets). */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

export interface TargetRule {
  /** `WEBHOOK_ALLOW_PRIVATE_TARGETS` (development and tests only): private addresses allowed. */
  allowPrivateTargets: boolean;
  resolveAll: ResolveAll;
}

/**
 * Refuses (WEBHOOK_URL_NOT_ALLOWED) a URL whose host is, or resolves to, a forbidden address, or
 * does not resolve at all. Checked when subscribing; delivery checks again at connect time
 * (`guardedLookup`), since a name may resolve elsewhere by then (DNS rebinding).
 */
export async function assertAllowedTarget(url: URL, rule: TargetRule): Promise<void> {
  if (rule.allowPrivateTargets) return;
  const host = hostOf(url);
  if (isIP(host)) {
    if (isForbiddenAddress(host)) throw new WebhookUrlNotAllowedError();
    return;
  }
  let addresses: string[];
  try {
    addresses = await rule.resolveAll(host);
  } catch {
    throw new WebhookUrlNotAllowedError();
  }
  if (addresses.length === 0 || addresses.some(isForbiddenAddress)) throw new WebhookUrlNotAllowedError();
}

/** The refusal a delivery gets when the name resolves to a forbidden address at connect time. */
export class ForbiddenTargetError extends Error {
  constructor(readonly hostname: string) {
    super('address not allowed');
    this.name = 'ForbiddenTargetError';
  }
}

type LookupAddress = { address: string; family: number };

/**
 * The `lookup` of the delivery's socket: resolves the name as the system would and refuses the
 * connection when any of its addresses is forbidden, so the address checked is the one connected
 * to (no second resolution between the check and the connection).
 */
export function guardedLookup(rule: Pick<TargetRule, 'allowPrivateTargets'>, lookup: typeof dns.lookup = dns.lookup): LookupFunction {
  return ((
    hostname: string,
    options: dns.LookupOptions,
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, []);
      if (!rule.allowPrivateTargets && (addresses.length === 0 || addresses.some((a) => isForbiddenAddress(a.address)))) {
        return callback(new ForbiddenTargetError(hostname), []);
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      return callback(null, first!.address, first!.family);
    });
  }) as LookupFunction;
}
