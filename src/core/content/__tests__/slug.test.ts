import { describe, expect, it } from "vitest";
import { slugify } from "../slug.ts";

describe("slugify", () => {
  it.each([
    ["Légion d’honneur", "legion-d-honneur"],
    ["Légion d'honneur", "legion-d-honneur"],
    ["Jérôme Durain", "jerome-durain"],
    ["Message viral sur les réseaux sociaux", "message-viral-sur-les-reseaux-sociaux"],
    ["Commentaire en ligne", "commentaire-en-ligne"],
    ["  « Narcotrafic » — Marseille !  ", "narcotrafic-marseille"],
    ["𝐈𝐥 𝐟𝐚𝐮𝐭 𝐮𝐧 𝐬𝐮𝐫𝐬𝐚𝐮𝐭", "il-faut-un-sursaut"],
    ["𝐥𝐞́𝐠𝐢𝐨𝐧 𝐝’𝐡𝐨𝐧𝐧𝐞𝐮𝐫", "legion-d-honneur"],
    ["Œuvre sociale", "oeuvre-sociale"],
    ["Loi n° 2025-532", "loi-n-2025-532"],
    ["ÉTAT", "etat"],
  ])("turns %s into %s", (label, slug) => {
    expect(slugify(label)).toBe(slug);
  });

  it.each([
    ["???", "x-7bcac794"],
    ["", "x-811c9dc5"],
    ["Κέρκυρα", "x-54939c00"],
  ])("gives %s with no Latin letter or digit the stable id %s", (label, slug) => {
    expect(slugify(label)).toBe(slug);
  });

  it("gives different labels with no Latin letter different ids", () => {
    expect(slugify("…")).not.toBe(slugify("—"));
  });
});
