/**
 * The published limits of the common static hosts, and which of them a built
 * site goes beyond: a site that is too large is refused at deploy time, far
 * from the build that made it.
 */
import type { OutputSurvey } from "./survey.ts";

/** One host's (or plan's) limits; a limit left out is not one the host publishes. */
export interface HostLimits {
  /** The host and plan, as a site owner knows it. */
  name: string;
  /** The largest site, in bytes. */
  siteBytes?: number;
  /** The largest single file, in bytes. */
  fileBytes?: number;
  /** The most files in one site. */
  files?: number;
}

const GB = 1_000_000_000;
const MiB = 1024 * 1024;

/**
 * GitHub Pages: published sites of at most 1 GB. Cloudflare Pages: files of at
 * most 25 MiB, 20 000 files on the free plan and 100 000 on paid plans. GitLab
 * Pages (GitLab.com): 1 GB and 200 000 files.
 */
export const HOSTS: readonly HostLimits[] = [
  { name: "GitHub Pages", siteBytes: GB },
  { name: "Cloudflare Pages (free plan)", fileBytes: 25 * MiB, files: 20_000 },
  { name: "Cloudflare Pages (paid plans)", fileBytes: 25 * MiB, files: 100_000 },
  { name: "GitLab Pages", siteBytes: GB, files: 200_000 },
];

/** One limit a site goes beyond, said the way a site owner acts on it. */
export interface HostWarning {
  host: string;
  /** The limit gone beyond. */
  limit: "siteBytes" | "fileBytes" | "files";
  message: string;
}

/** The limits of `hosts` that `survey` goes beyond, one warning per host and limit. */
export function hostWarnings(
  survey: OutputSurvey,
  hosts: readonly HostLimits[] = HOSTS,
): HostWarning[] {
  const warnings: HostWarning[] = [];
  for (const host of hosts) {
    const warn = (limit: HostWarning["limit"], message: string) =>
      warnings.push({ host: host.name, limit, message });
    if (host.siteBytes !== undefined && survey.bytes > host.siteBytes) {
      warn(
        "siteBytes",
        `${host.name} publishes sites of at most ${size(host.siteBytes)}; this one is ${sizeBeyond(survey.bytes, host.siteBytes)}.`,
      );
    }
    const largest = survey.largest;
    if (host.fileBytes !== undefined && largest && largest.bytes > host.fileBytes) {
      warn(
        "fileBytes",
        `${host.name} refuses files over ${size(host.fileBytes)}; ${largest.path} is ${sizeBeyond(largest.bytes, host.fileBytes)}.`,
      );
    }
    if (host.files !== undefined && survey.files > host.files) {
      warn(
        "files",
        `${host.name} takes at most ${count(host.files)} files; this site has ${count(survey.files)}.`,
      );
    }
  }
  return warnings;
}

/** `1234567` bytes as `1.2 MB`, `1029100000` as `1.03 GB`; a limit set in MiB as `25 MiB`. */
export function size(bytes: number): string {
  return sizeIn(bytes, bytes >= GB ? 2 : 1);
}

/**
 * `bytes`, which is over `limit`, as {@link size} writes it, with more decimals
 * where that would read as the limit itself ("at most 1 GB; this one is 1 GB").
 */
export function sizeBeyond(bytes: number, limit: number): string {
  const shown = size(limit);
  let decimals = bytes >= GB ? 2 : 1;
  let text = sizeIn(bytes, decimals);
  while (text === shown && decimals < 9) text = sizeIn(bytes, ++decimals);
  return text;
}

function sizeIn(bytes: number, decimals: number): string {
  if (bytes % MiB === 0 && bytes % 1_000_000 !== 0) return `${bytes / MiB} MiB`;
  if (bytes >= GB) return `${trim(bytes / GB, decimals)} GB`;
  if (bytes >= 1_000_000) return `${trim(bytes / 1_000_000, decimals)} MB`;
  if (bytes >= 1000) return `${trim(bytes / 1000, decimals)} KB`;
  return `${bytes} B`;
}

/** `22239` as `22 239`. */
export function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** `value` with at most `decimals` decimals, without trailing zeros. */
function trim(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(/\.?0+$/, "");
}
