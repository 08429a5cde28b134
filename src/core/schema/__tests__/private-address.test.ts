import { describe, expect, it } from "vitest";
import { isPrivateHost, privateHost, privateRange } from "../private-address.ts";

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

  it.each(["93.184.216.34", "2606:4700::1111", "::ffff:93.184.216.34", "exemple.org"])(
    "lets %s through",
    (address) => {
      expect(privateRange(address)).toBeUndefined();
    },
  );
});

describe("privateHost", () => {
  it.each([
    ["http://2130706433/", "127.0.0.1"],
    ["http://0x7f.1/", "127.0.0.1"],
    ["http://[::ffff:127.0.0.1]/", "::ffff:7f00:1"],
    ["http://localhost:4321/", "localhost"],
    ["http://api.localhost/", "api.localhost"],
  ])("reads the host of %s as %s, however it is written", (url, address) => {
    expect(privateHost(url)?.address).toBe(address);
  });

  it.each(["https://exemple.org/", "https://93.184.216.34/", "pas une adresse"])(
    "finds nothing private in %s",
    (url) => {
      expect(privateHost(url)).toBeUndefined();
    },
  );
});

describe("privateRange, as the partners' addresses are judged", () => {
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
    expect(privateRange(address) !== undefined).toBe(expected);
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
