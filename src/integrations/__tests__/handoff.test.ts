import { describe, expect, it } from "vitest";
import { HANDOFF, handoffEnv, readHandoff, withHandoff } from "../handoff.ts";

describe("what npm run build hands to its Astro process", () => {
  it("is nothing when the variable is unset, as in a plain astro build", () => {
    expect(readHandoff({})).toEqual({});
  });

  it("is read back as it was written", () => {
    const handoff = { content: "/tmp/site", deferSearch: true, deferredCards: "/tmp/cards.json" };
    expect(readHandoff(withHandoff({ PATH: "/bin" }, handoff))).toEqual(handoff);
    expect(Object.keys(handoffEnv(handoff))).toEqual([HANDOFF]);
  });

  it("refuses what no build writes, naming the variable and the field", () => {
    expect(() => readHandoff({ [HANDOFF]: "{content:" })).toThrow(
      'CITABLE_BUILD_HANDOFF holds "{content:", which is not JSON.',
    );
    expect(() => readHandoff({ [HANDOFF]: JSON.stringify({ shareCards: "all" }) })).toThrow(
      /^CITABLE_BUILD_HANDOFF is not what npm run build hands over: shareCards: /,
    );
    expect(() => withHandoff({}, { contents: "x" } as never)).toThrow();
  });
});
