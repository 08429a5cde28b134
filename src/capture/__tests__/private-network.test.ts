import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, localServer } from "../../../test/support/local-server.ts";
import { fetchPage } from "../fetch.ts";
import { privateRange } from "../private-network.ts";

/** A public address the tests invent; their sockets to it go to the test server instead. */
const PUBLIC = "93.184.216.34";

let server: LocalServer;
let port: string;
beforeAll(async () => {
  server = await localServer({
    "/vers-interne": (response: ServerResponse) => {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/article` });
      response.end();
    },
    "/vers-metadonnees": (response: ServerResponse) => {
      response.writeHead(301, { location: "http://metadata.internal/latest/meta-data/" });
      response.end();
    },
  });
  port = new URL(server.origin).port;
});
afterAll(() => server.close());

const names: Record<string, string[]> = {
  "public.example": [PUBLIC],
  "intranet.example": ["10.0.0.5"],
  "mixed.example": [PUBLIC, "192.168.1.10"],
  "metadata.internal": ["169.254.169.254"],
};
const options = {
  timeoutMs: 2000,
  maxBytes: 1024 * 1024,
  userAgent: "test",
  network: {
    resolve: async (name: string) => names[name] ?? [],
    connectTo: (address: string) => (address === PUBLIC ? "127.0.0.1" : address),
  },
};
const refusal = (address: string, range: string) =>
  `leads to ${address}, which is not a public address (${range}). Citable does not fetch private addresses unless told to: if this is an intranet page, run the command again with --allow-private-network.`;

describe("privateRange", () => {
  it.each([
    ["127.0.0.1", "loopback, this machine"],
    ["::1", "loopback, this machine"],
    ["::ffff:127.0.0.1", "loopback, this machine"],
    ["::ffff:7f00:1", "loopback, this machine"],
    ["10.1.2.3", "a private network"],
    ["172.16.0.1", "a private network"],
    ["192.168.0.1", "a private network"],
    ["169.254.169.254", "link-local, where cloud metadata services answer"],
    ["fe80::1", "link-local, where cloud metadata services answer"],
    ["fd00:ec2::254", "a private IPv6 network"],
    ["0.0.0.0", "unspecified, this machine"],
    ["::", "unspecified, this machine"],
    ["100.64.0.1", "a provider's private network"],
    ["192.0.2.1", 'the reserved range "reserved"'],
  ])("refuses %s (%s)", (address, range) => {
    expect(privateRange(address)).toBe(range);
  });

  it.each(["93.184.216.34", "2606:4700::1111", "::ffff:93.184.216.34"])(
    "lets the public address %s through",
    (address) => {
      expect(privateRange(address)).toBeUndefined();
    },
  );
});

describe("fetchPage and private addresses", () => {
  it.each([
    ["http://127.0.0.1:PORT/article", "127.0.0.1", "loopback, this machine"],
    ["http://2130706433:PORT/article", "127.0.0.1", "loopback, this machine"],
    ["http://0x7f.1:PORT/article", "127.0.0.1", "loopback, this machine"],
    ["http://[::1]:PORT/article", "::1", "loopback, this machine"],
    ["http://[::ffff:127.0.0.1]:PORT/article", "::ffff:7f00:1", "loopback, this machine"],
    [
      "http://169.254.169.254/latest/meta-data/",
      "169.254.169.254",
      "link-local, where cloud metadata services answer",
    ],
  ])("refuses %s, naming the address", async (written, address, range) => {
    const seen = server.userAgents.length;
    const url = new URL(written.replace("PORT", port)).href;
    const result = await fetchPage(url, options);
    expect(result).toMatchObject({
      kind: "failed",
      reason: "private",
      message: `${url} ${refusal(address, range)}`,
    });
    expect(server.userAgents.length).toBe(seen);
  });

  it.each([
    ["intranet.example", "10.0.0.5", "a private network"],
    ["mixed.example", "192.168.1.10", "a private network"],
  ])("refuses a name that resolves to a private address: %s", async (name, address, range) => {
    const result = await fetchPage(`http://${name}:${port}/article`, options);
    expect(result).toMatchObject({
      kind: "failed",
      reason: "private",
      message: `http://${name}:${port}/article ${refusal(address, range)}`,
    });
  });

  it("fetches a public name, asking for it by its name", async () => {
    const result = await fetchPage(`http://public.example:${port}/article`, options);
    expect(result).toMatchObject({ kind: "answered", status: 200 });
  });

  it.each([
    ["/vers-interne", `http://127.0.0.1:PORT/article`, "127.0.0.1", "loopback, this machine"],
    [
      "/vers-metadonnees",
      "http://metadata.internal/latest/meta-data/",
      "169.254.169.254",
      "link-local, where cloud metadata services answer",
    ],
  ])(
    "refuses a public page's redirect to a private one, on the hop: %s",
    async (path, to, address, range) => {
      const start = `http://public.example:${port}${path}`;
      const hop = to.replace("PORT", port);
      const result = await fetchPage(start, options);
      expect(result).toMatchObject({
        kind: "failed",
        reason: "private",
        redirects: [start, hop],
        message: `${start} redirects to ${hop}, which ${refusal(address, range)}`,
      });
    },
  );

  it("fetches a private address when told to", async () => {
    const result = await fetchPage(`${server.origin}/article`, {
      ...options,
      allowPrivateNetwork: true,
    });
    expect(result).toMatchObject({ kind: "answered", status: 200 });
  });
});
