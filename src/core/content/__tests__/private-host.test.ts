import { describe, expect, it } from "vitest";
import { isPrivateHost, isPrivateIp } from "../private-host.ts";

describe("isPrivateIp", () => {
  it.each([
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["172.16.0.1", true],
    ["172.32.0.1", false],
    ["192.168.1.1", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["::1", true],
    ["fd00::1", true],
    ["fe80::1", true],
    ["::ffff:127.0.0.1", true],
    ["93.184.216.34", false],
    ["2606:2800:220:1::", false],
    ["not an address", false],
  ])("says %s is private: %s", (address, expected) => {
    expect(isPrivateIp(address)).toBe(expected);
  });
});

describe("isPrivateHost", () => {
  it.each([
    ["http://localhost:4321/", true],
    ["http://app.localhost/", true],
    ["http://printer.local/", true],
    ["http://wiki.internal/", true],
    ["http://nas.home.arpa/", true],
    ["http://[::1]:8080/", true],
    ["http://127.0.0.1/", true],
    ["https://example.org/verif/", false],
    ["https://local.example.org/", false],
  ])("says the host of %s is private: %s", (url, expected) => {
    expect(isPrivateHost(url)).toBe(expected);
  });
});
