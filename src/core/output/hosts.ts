/**
 * The published limits of the common static hosts, and which of them a built
 * site goes beyond: a site that is too large is refused at deploy time, far
 * from the build that made it.
 */
import { count } from "../numbers.ts";
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
  const { site, largest } = sizesAgainst(survey, hosts);
  for (const host of hosts) {
    const warn = (limit: HostWarning["limit"], message: string) =>
      warnings.push({ host: host.name, limit, message });
    if (host.siteBytes !== undefined && survey.bytes > host.siteBytes) {
      warn(
        "siteBytes",
        `${host.name} publishes sites of at most ${size(host.siteBytes)}; this one is ${site}.`,
      );
    }
    if (host.fileBytes !== undefined && survey.largest && survey.largest.bytes > host.fileBytes) {
      warn(
        "fileBytes",
        `${host.name} refuses files over ${size(host.fileBytes)}; ${survey.largest.path} is ${largest}.`,
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

/**
 * The site's size and its largest file's, as the report and its warnings write
 * them: each with as many decimals as it takes to read as more than every
 * limit of `hosts` it goes beyond (1 029 MB is "1.03 GB", never "1 GB" beside
 * "at most 1 GB"; 26 214 401 bytes against 25 MiB is "26.214401 MB").
 */
export function sizesAgainst(
  survey: OutputSurvey,
  hosts: readonly HostLimits[] = HOSTS,
): { site: string; largest: string } {
  const beyond = (bytes: number, limits: (number | undefined)[]) => {
    const over = limits.filter((limit): limit is number => limit !== undefined && bytes > limit);
    return over.length > 0 ? sizeBeyond(bytes, Math.max(...over)) : size(bytes);
  };
  return {
    site: beyond(
      survey.bytes,
      hosts.map((host) => host.siteBytes),
    ),
    largest: survey.largest
      ? beyond(
          survey.largest.bytes,
          hosts.map((host) => host.fileBytes),
        )
      : "",
  };
}

/** `1234567` bytes as `1.2 MB`, `1029100000` as `1.03 GB`; a limit set in MiB as `25 MiB`. */
export function size(bytes: number): string {
  if (bytes % MiB === 0 && bytes % 1_000_000 !== 0) return `${bytes / MiB} MiB`;
  const [unit, name, decimals] = unitOf(bytes);
  return `${rounded(bytes / unit, decimals)} ${name}`;
}

/** `bytes`, more than `limit`, with the fewest decimals past {@link size}'s that still read as more than `limit`. */
export function sizeBeyond(bytes: number, limit: number): string {
  const [unit, name, fewest] = unitOf(bytes);
  let decimals = fewest;
  // Rounding may write a size just over the limit as the limit itself, or under it.
  while (decimals < 9 && Math.round(rounded(bytes / unit, decimals) * unit) <= limit) decimals++;
  return `${rounded(bytes / unit, decimals)} ${name}`;
}

/**
 * The unit `bytes` is written in, and with how many decimals at most. A size
 * that would round to 1 000 of a unit takes the next: 999 999 999 bytes is
 * "1 GB", not "1000 MB".
 */
function unitOf(bytes: number): [number, string, number] {
  if (bytes >= GB - 50_000) return [GB, "GB", 2];
  if (bytes >= 1_000_000 - 50) return [1_000_000, "MB", 1];
  if (bytes >= 1000) return [1000, "KB", 1];
  return [1, "B", 0];
}

/** `value` with at most `decimals` decimals, without trailing zeros. */
function rounded(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}
