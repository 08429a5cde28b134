import { describe, expect, it } from "vitest";
import { privateHost, privateRange } from "../private-address.ts";

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
