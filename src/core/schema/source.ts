/** The front matter of a source file: one archived source document. */
import { z } from "zod";
import { CAPTURE_FILE } from "./capture-file.ts";
import { httpUrl, isoDate, langTag, publicHttpUrl, text } from "./fields.ts";

/** Schema of a source's front matter. */
export const sourceSchema = z
  .strictObject({
    title: text().describe("The title of the document, as published."),
    publisher: text().describe(
      "Who published it: a newspaper, an institution, a person. Write 'Non renseigné' when the copy does not say.",
    ),
    published: isoDate().describe("When it was published, YYYY-MM-DD."),
    url: publicHttpUrl()
      .optional()
      .describe("Where the original stands, http or https only. Leave it out when unknown."),
    archived: isoDate().optional().describe("When the text was captured, YYYY-MM-DD."),
    lang: langTag()
      .optional()
      .describe("The language of the document, such as fr. Default: the site's."),
    author: z
      .union([text(), z.array(text())])
      .optional()
      .describe("Who wrote it: a name, or a list of names."),
    note: text()
      .optional()
      .describe("A note on the archived copy: what was not recorded, what was left out."),
    capture: z
      .strictObject({
        file: z
          .string({ error: "must be a text" })
          .regex(
            CAPTURE_FILE,
            "must be captures/<name>.html, .pdf or .txt, such as captures/gazette-2025.html",
          )
          .describe(
            "The original file, relative to the content folder: captures/<source-id>.<html|pdf|txt>.",
          ),
        sha256: z
          .string({ error: "must be a text" })
          .regex(/^[0-9a-f]{64}$/, "must be the 64 lowercase hexadecimal digits of a SHA-256")
          .describe("The SHA-256 of the file's bytes, which npm run check verifies."),
        retrieved: isoDate().describe("When the original was saved or fetched, YYYY-MM-DD."),
        fetched: httpUrl()
          .optional()
          .describe(
            "The address the original was fetched from, after redirects, when npm run import fetched it; url is the page's canonical address.",
          ),
        pages: z
          .array(z.int({ error: "must be a line number" }).min(1, "must be a line number"), {
            error: "must be a list of line numbers, such as [1, 24, 51]",
          })
          .optional()
          .describe(
            "For a PDF: the line of the body on which each of its pages starts, page 1 first, so that a passage can be cited with its page.",
          ),
      })
      .optional()
      .describe(
        "The original bytes the text was imported from (npm run import writes this field). The site offers them for download as the original copy.",
      ),
    titleByEditor: z
      .boolean({ error: "must be true or false" })
      .optional()
      .describe(
        "true when the copy carries no title and the editors wrote this one: the page says so. Default: false.",
      ),
  })
  .describe("An archived source document. The body is the archived text in Markdown.");

/** A source's front matter as an author writes it. */
export type SourceInput = z.input<typeof sourceSchema>;
/** A source's front matter once checked. */
export type SourceData = z.output<typeof sourceSchema>;
