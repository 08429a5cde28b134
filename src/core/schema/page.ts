/** The front matter of a page of the site's own: who we are, contact, corrections policy, funding. */
import { z } from "zod";
import { text } from "./fields.ts";

/** Schema of a page's front matter. */
export const pageSchema = z
  .strictObject({
    title: text().describe("The page's title, its heading and its link in the footer."),
    description: text().describe("What the page holds, in a sentence, for search engines."),
    order: z
      .int({ error: "must be a whole number" })
      .optional()
      .describe(
        "Its place among the footer's links, smallest first. Default: after the others, by title.",
      ),
  })
  .describe(
    "A page of the site's own, served at /<id>/. The page methodology.md is not a page of its own: it extends the methodology page.",
  );

/** A page's front matter as an author writes it. */
export type PageInput = z.input<typeof pageSchema>;
/** A page's front matter once checked. */
export type PageData = z.output<typeof pageSchema>;
