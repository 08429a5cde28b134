/**
 * What an acceptable address is, decided in one place for every address a
 * contributor writes: the links and images of Markdown bodies, and the
 * addresses of front matter and settings (a source's `url`, a claim's
 * `appearance`, the site's and the publisher's `url`). An address must use
 * http or https (a link may also be mailto or a path of the site), carry no
 * name before `@` (`https://trusted.example@other.example` leads to
 * other.example), and have a host written in one alphabet (a Cyrillic `а` in
 * `exаmple.org` imitates another site); a link's text may not read as an
 * address other than the one it leads to.
 */
import { domainToUnicode } from "node:url";

/** Why an address is refused. */
export type AddressProblem =
  /** Not http or https (nor mailto or relative, for a link): `javascript:`, `data:`. */
  | { kind: "scheme"; scheme: string | undefined }
  /** A name before `@`, which hides the host the address leads to. */
  | { kind: "user"; user: string; host: string }
  /** A host whose name mixes alphabets. */
  | { kind: "mixed-host"; host: string; scripts: string }
  /** A link text that is an address written in two alphabets. */
  | { kind: "mixed-text"; text: string; scripts: string }
  /** A link text that reads as an address on another host. */
  | { kind: "other-host"; text: string; target: string };

/** Where the address stands: a link or image of a body (`text`: a link's text), or a field. */
export interface AddressContext {
  /** True for a link or image of a Markdown body, which may also be mailto or relative. */
  link?: boolean;
  /** The link's text, compared with where it leads. */
  text?: string;
}

/** The schemes a link or image may use; an address without a scheme is relative, and fine. */
const LINK_SCHEMES = new Set(["http", "https", "mailto"]);

/** Why `url` is not an acceptable address, or `undefined` when it is. */
export function addressProblem(
  url: string,
  context: AddressContext = {},
): AddressProblem | undefined {
  const scheme = schemeOf(url);
  // A link is resolved as a browser resolves it on the site's pages: `//host`, `\\host` and
  // `/\host` lead to another host, and meet the same rules as their https:// forms.
  const target =
    hostOf(url) ?? (context.link && scheme === undefined ? otherHostOf(url) : undefined);
  if (context.link) {
    if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) return { kind: "scheme", scheme };
  } else if (!target) return { kind: "scheme", scheme };
  if (target?.user) return { kind: "user", user: target.user, host: target.host };
  const mixed = target && mixedScripts(target.host);
  if (target && mixed) return { kind: "mixed-host", host: target.unicode, scripts: mixed };
  return context.text === undefined ? undefined : textProblem(context.text, url, target);
}

/*
 * The scheme of `url`, read as a browser reads an `href`: leading and trailing
 * controls and spaces dropped, tabs and line breaks inside ignored, so
 * `java&#9;script:` is caught too.
 */
function schemeOf(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip these from an href.
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

// The text of a link that reads as a web address: an optional scheme, a host
// with a dot and a top-level name of letters, an optional path.
const ADDRESS_TEXT =
  /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^\s/?#@:]+\.([^\s/?#@:.\d]{2,}))\.?(?::\d+)?(?:[/?#]\S*)?$/iu;
// A text such as `rapport.pdf` names a file, not a site.
const FILE_EXTENSIONS = new Set(
  "pdf html htm php asp aspx jpg jpeg png gif svg webp txt csv json xml doc docx odt xls xlsx ods ppt pptx mp3 mp4 avi".split(
    " ",
  ),
);

/** Whether a link's text reads as an address in two alphabets, or on a host it does not lead to. */
function textProblem(
  text: string,
  url: string,
  target: Host | undefined,
): AddressProblem | undefined {
  // An address is at most a few hundred characters; a longer text is not one (and the test stays cheap).
  const trimmed = text.trim();
  const shown = trimmed.length <= 300 ? ADDRESS_TEXT.exec(trimmed) : null;
  const named = shown?.[1] && hostOf(`https://${shown[1]}`);
  if (!shown || !named || FILE_EXTENSIONS.has((shown[2] ?? "").toLowerCase())) return undefined;
  const namedMix = mixedScripts(named.host);
  if (namedMix) return { kind: "mixed-text", text: trimmed, scripts: namedMix };
  const bare = (host: string) => host.replace(/^www\./, "");
  const parent = bare(named.host);
  if (target && (bare(target.host) === parent || target.host.endsWith(`.${parent}`))) {
    return undefined;
  }
  return { kind: "other-host", text: trimmed, target: target ? target.unicode : url };
}

interface Host {
  host: string;
  unicode: string;
  user: string;
}

function hostOf(url: string): Host | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
    if (parsed.hostname === "") return undefined;
    const user = parsed.username || (parsed.password ? `:${parsed.password}` : "");
    return { host: parsed.hostname, unicode: domainToUnicode(parsed.hostname), user };
  } catch {
    return undefined;
  }
}

/** A page of the site stands on this host while a relative link is resolved. */
const SITE = "https://citable-site.invalid/";

/** The host a relative link leads to when it is not the site's own (`//evil.example/`); undefined otherwise. */
function otherHostOf(url: string): Host | undefined {
  const host = hostOf(resolved(url));
  return host && host.host !== new URL(SITE).hostname ? host : undefined;
}

function resolved(url: string): string {
  try {
    return new URL(url, SITE).href;
  } catch {
    return SITE;
  }
}

const SCRIPTS = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
] as const;

/** The alphabets mixed in one label of `host` (`"Latin and Cyrillic"`), or `undefined`. */
function mixedScripts(host: string): string | undefined {
  for (const label of domainToUnicode(host).split(".")) {
    const used = SCRIPTS.filter(([, pattern]) => pattern.test(label)).map(([name]) => name);
    if (used.length > 1) return used.join(" and ");
  }
  return undefined;
}
