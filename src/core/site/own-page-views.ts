/** The site's own pages as the site renders them: footer order, and their Markdown as HTML. */

import type { SitePage } from "../content/own-pages.ts";
import { renderClaimBody } from "./render.ts";

/** A page of the site's own, ready to render. */
export interface PageView {
  id: string;
  title: string;
  description: string;
  /** The body as HTML, rendered as a claim's reasoning is (unsafe addresses dropped). */
  html: string;
}

/** The pages' views, in footer order: by `order`, then by title. */
export function pageViews(pages: readonly SitePage[], lang: string): PageView[] {
  return [...pages]
    .sort(
      (a, b) =>
        (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
        a.data.title.localeCompare(b.data.title, lang),
    )
    .map((page) => ({
      id: page.id,
      title: page.data.title,
      description: page.data.description,
      html: renderClaimBody(page.file.body, [], () => "", lang),
    }));
}
