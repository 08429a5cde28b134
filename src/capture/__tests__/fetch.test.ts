import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, localServer } from "../../../test/support/local-server.ts";
import { fetchPage, MAX_REDIRECTS } from "../fetch.ts";

let server: LocalServer;
beforeAll(async () => {
  server = await localServer();
});
afterAll(() => server.close());

const options = {
  timeoutMs: 2000,
  maxBytes: 1024 * 1024,
  userAgent: "Citable (+https://verif.example/; test)",
  // The test server is on 127.0.0.1, which is refused by default (see "private addresses" below).
  allowPrivateNetwork: true,
};

describe("fetchPage", () => {
  it("follows redirects, records each address and names the site in its user agent", async () => {
    const result = await fetchPage(`${server.origin}/ancienne-adresse`, options);
    expect(result).toMatchObject({
      kind: "answered",
      status: 200,
      url: `${server.origin}/article`,
      redirects: [
        `${server.origin}/ancienne-adresse`,
        `${server.origin}/2026/relais`,
        `${server.origin}/article`,
      ],
      contentType: "text/html; charset=utf-8",
    });
    expect(server.userAgents.at(-1)).toBe("Citable (+https://verif.example/; test)");
  });

  it("gives a 404 as an answer, with its status", async () => {
    const result = await fetchPage(`${server.origin}/absent`, options);
    expect(result).toMatchObject({ kind: "answered", status: 404 });
  });

  it("stops a page that never ends at its timeout", async () => {
    const result = await fetchPage(`${server.origin}/sans-fin`, { ...options, timeoutMs: 500 });
    expect(result).toMatchObject({
      kind: "failed",
      reason: "timeout",
      message: `${server.origin}/sans-fin did not answer in full within 0.5 s.`,
    });
  });

  it("stops reading past the size limit", async () => {
    const result = await fetchPage(`${server.origin}/enorme`, options);
    expect(result).toMatchObject({
      kind: "failed",
      reason: "too-large",
      message: `${server.origin}/enorme sends more than 1 MB, the most a capture may hold.`,
    });
  });

  it("gives up on a redirect loop", async () => {
    const result = await fetchPage(`${server.origin}/boucle`, options);
    expect(result).toMatchObject({ kind: "failed", reason: "redirects" });
    expect(result.redirects).toHaveLength(MAX_REDIRECTS + 1);
  });

  it("refuses an address that is not http or https", async () => {
    const result = await fetchPage("file:///etc/passwd", options);
    expect(result).toMatchObject({
      kind: "failed",
      reason: "address",
      message: "file:///etc/passwd is not an http or https address.",
    });
  });

  it("says when nothing answers", async () => {
    const closed = await localServer();
    await closed.close();
    const result = await fetchPage(`${closed.origin}/`, options);
    expect(result).toMatchObject({
      kind: "failed",
      reason: "network",
      message: `${closed.origin}/ could not be reached (ECONNREFUSED).`,
    });
  });
});
