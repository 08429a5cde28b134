/** Citable's collections, all filled by the core through one loader. */
import { defineCollection } from "astro:content";
import { citableLoader } from "./integrations/loader.ts";

export const collections = {
  claims: defineCollection({ loader: citableLoader("claims") }),
  sources: defineCollection({ loader: citableLoader("sources") }),
  verdicts: defineCollection({ loader: citableLoader("verdicts") }),
  settings: defineCollection({ loader: citableLoader("settings") }),
};
