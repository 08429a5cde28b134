/**
 * The partners of `network:` in site.yaml, beyond their schema: a reader's
 * browser fetches their search index, so each must be a site of the public
 * web, not this site again, and listed once. The address rule of every field
 * (no name before `@`, no host that mixes alphabets) is the schema's.
 */
import { type Diagnostic, diagnostic, type Span } from "../diagnostics/diagnostic.ts";
import { Rule } from "../diagnostics/rules.ts";
import { isPrivateHost, privateNetworkAllowed } from "../schema/private-address.ts";
import type { Site } from "../schema/settings.ts";

/** A partner's address as compared: its origin and path, with one final `/`. */
export function partnerKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.replace(/\/*$/, "/")}`.toLowerCase();
}

/** The problems of `site.network`; `at` gives the span of a field path of site.yaml. */
export function networkDiagnostics(
  site: Site,
  file: string,
  at: (path: readonly PropertyKey[]) => Span,
  allowPrivate = privateNetworkAllowed(),
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (path: readonly PropertyKey[], reason: string, hint?: string) =>
    diagnostics.push(
      diagnostic({
        file,
        ...at(path),
        rule: Rule.partnerAddress,
        reason,
        ...(hint ? { hint } : {}),
      }),
    );
  const own = partnerKey(site.url);
  const urls = new Map<string, number>();
  const names = new Map<string, number>();
  site.network.forEach((partner, index) => {
    const key = partnerKey(partner.url);
    if (!allowPrivate && isPrivateHost(partner.url)) {
      report(
        ["network", index, "url"],
        `The partner "${partner.name}" is at ${partner.url}, an address on a private network: readers' browsers would be sent into their own network, and no reader elsewhere could reach it. Give the partner's public address.`,
        "To try partners on this machine, run the check and the build with --allow-private-network.",
      );
    } else if (key === own) {
      report(
        ["network", index, "url"],
        `The partner "${partner.name}" is this site itself (${site.url}). Remove it: search always looks in this site first.`,
      );
    }
    const firstUrl = urls.get(key);
    if (firstUrl !== undefined) {
      report(
        ["network", index, "url"],
        `The partner address ${partner.url} is listed twice. List each partner once.`,
        `It is first listed on line ${at(["network", firstUrl, "url"]).line}.`,
      );
    } else urls.set(key, index);
    const name = partner.name.toLocaleLowerCase();
    const firstName = names.get(name);
    if (firstName !== undefined || name === site.name.toLocaleLowerCase()) {
      report(
        ["network", index, "name"],
        `The partner name "${partner.name}" is already ${firstName === undefined ? "this site's name" : "another partner's"}: search labels each result with its site's name. Give each partner a name of its own.`,
        firstName === undefined
          ? undefined
          : `It is first used on line ${at(["network", firstName, "name"]).line}.`,
      );
    } else names.set(name, index);
  });
  return diagnostics;
}
