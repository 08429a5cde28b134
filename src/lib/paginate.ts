/**
 * Astro's `paginate()` with Citable's addresses: page 1 at the listing's own
 * address, page n at `<listing>page/<n>/` (src/core/site/paging.ts), for a
 * `[...page]` route. The pages' `url` fields follow, so that links and
 * `rel="prev"`/`"next"` agree with the files written.
 */
import type { Page, PaginateFunction } from "astro";
import { PAGE_SIZE, pageParam, pagePath } from "../core/site/paging.ts";
import { href, i18n } from "./site.ts";

/**
 * The static paths of `items` listed at `listing` (such as `verdicts/faux/`),
 * in pages of {@link PAGE_SIZE}, with `params` and `props` added to each;
 * each page's props also hold `listing` and its own `path`.
 */
export function paged<T, Params extends Record<string, string>, Props extends object>(
  paginate: PaginateFunction,
  items: readonly T[],
  listing: string,
  params: Params = {} as Params,
  props: Props = {} as Props,
) {
  return paginate(items, { pageSize: PAGE_SIZE, params }).map(({ props: { page } }) => ({
    params: { ...params, page: pageParam(page.currentPage) },
    props: {
      ...props,
      listing,
      path: pagePath(listing, page.currentPage),
      page: withUrls(page, listing),
    },
  }));
}

function withUrls<T>(page: Page<T>, listing: string): Page<T> {
  const { currentPage: n, lastPage: last } = page;
  const at = (k: number) => href(pagePath(listing, k));
  return {
    ...page,
    url: {
      current: at(n),
      prev: n > 1 ? at(n - 1) : undefined,
      next: n < last ? at(n + 1) : undefined,
      first: n > 1 ? at(1) : undefined,
      last: n < last ? at(last) : undefined,
    },
  };
}

/** The title of a listing's page: the listing's own on page 1, with the page's number after. */
export async function pageTitle(title: string, page: Page<unknown>): Promise<string> {
  if (page.currentPage === 1) return title;
  const { t } = await i18n();
  return t("pagination.title", { title, n: page.currentPage, last: page.lastPage });
}
