/** The feed of new and corrected fact-checks: the latest ones, as feed readers poll it. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { feedDescription, feedTitle } from "../core/site/feed-item.ts";
import { claims, href, i18n, settings } from "../lib/site";

// A feed is polled again and again: the latest items, not the archive (which the listings hold).
const FEED_SIZE = 100;

export const GET: APIRoute = async (context) => {
  const site = await settings();
  const { t, date } = await i18n();
  const items = (await claims()).map((claim) => ({
    title: feedTitle(claim, t("claim.corrected")),
    description: feedDescription(claim, t, date),
    link: href(`claims/${claim.id}/`),
    // A corrected fact-check comes back to the top of the feed.
    pubDate: new Date(
      [claim.published, claim.updated, claim.corrected?.date]
        .filter(Boolean)
        .sort()
        .at(-1) as string,
    ),
    categories: [claim.verdict.label, ...claim.tags.map((tag) => tag.label)],
  }));
  items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: t("feed.title", { site: site.name }),
    description: site.description,
    site: new URL(href(), context.site ?? "https://example.org").toString(),
    items: items.slice(0, FEED_SIZE),
    customData: `<language>${site.lang}</language>`,
  });
};
