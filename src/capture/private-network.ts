/**
 * Addresses of private networks are refused unless told otherwise: a source's
 * address, or one it redirects to, must not make Citable fetch what only the
 * machine that runs it can reach (a cloud's metadata service at
 * 169.254.169.254, an intranet, a database on localhost) and archive the
 * answer. A name is resolved once, every address it has is checked (ipaddr.js
 * classifies them: IPv4-mapped IPv6 is read as the IPv4 it holds), and the
 * socket is opened to the address that was checked, so a name cannot resolve
 * to a public address for the check and a private one for the connection.
 * What counts as private is decided in core (private-address.ts), which the
 * check shares.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { Agent, buildConnector } from "undici";
import { privateRange } from "../core/schema/private-address.ts";

export { privateRange };

/** The flag that lets a command fetch private addresses. */
export const ALLOW_PRIVATE_FLAG = "--allow-private-network";

/** Resolves a name to its addresses, as `dns.lookup` with `all: true` does. */
export type Resolve = (hostname: string) => Promise<string[]>;

/**
 * How sockets are opened, for tests: `resolve` stands for the DNS, and
 * `connectTo` says where a checked address is really dialled (a test maps a
 * public address it invented to its server on 127.0.0.1).
 */
export interface NetworkSeams {
  resolve?: Resolve;
  connectTo?: (address: string) => string;
}

/** A refused address: the error a fetch reports. */
export class PrivateAddressError extends Error {
  override name = "PrivateAddressError";
  /** The address refused, as resolved. */
  readonly address: string;
  /** Its kind, in words: "loopback, this machine". */
  readonly range: string;
  constructor(address: string, range: string) {
    super(`${address} is not a public address (${range})`);
    this.address = address;
    this.range = range;
  }
}

/** The refused literal host of `url`, if its host is an IP address that is not public. */
export function privateLiteralHost(url: URL): PrivateAddressError | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) === 0) return undefined;
  const range = privateRange(host);
  return range === undefined ? undefined : new PrivateAddressError(host, range);
}

/**
 * An undici dispatcher that resolves each host once, refuses it when any of
 * its addresses is private (unless `allowPrivateNetwork`), and connects to the
 * first address it checked.
 */
export function guardedAgent(allowPrivateNetwork: boolean, seams: NetworkSeams = {}): Agent {
  const resolve = seams.resolve ?? resolveAll;
  const connect = buildConnector({});
  return new Agent({
    connect: (options, callback) => {
      checkedAddress(options.hostname, allowPrivateNetwork, resolve).then(
        (address) =>
          connect(
            // `host` stays the name: the Host header and TLS's server name are the page's.
            { ...options, hostname: seams.connectTo?.(address) ?? address },
            callback,
          ),
        (error: Error) => callback(error, null),
      );
    },
  });
}

async function checkedAddress(
  hostname: string,
  allowPrivateNetwork: boolean,
  resolve: Resolve,
): Promise<string> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) === 0 ? await resolve(host) : [host];
  if (!allowPrivateNetwork) {
    for (const address of addresses) {
      const range = privateRange(address);
      if (range !== undefined) throw new PrivateAddressError(address, range);
    }
  }
  const first = addresses[0];
  if (first === undefined) throw Object.assign(new Error("no address"), { code: "ENOTFOUND" });
  return first;
}

async function resolveAll(hostname: string): Promise<string[]> {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => entry.address);
}
