/**
 * What a claim's reasoning or a source's text may not carry to the site: raw
 * HTML, addresses that run code or smuggle content (`javascript:`, `data:`),
 * and links that pose as another address. The policy is to refuse (see
 * rules.ts): each problem names its line, and the contributor fixes it.
 */
import { domainToUnicode } from "node:url";
import type { Nodes, Root } from "mdast";
import { Rule, type RuleId } from "../check/rules.ts";

/** A problem of a Markdown tree, at an offset of the Markdown it was parsed from. */
export interface MarkupProblem {
  offset: number;
  rule: RuleId;
  reason: string;
  hint?: string;
}

/** The schemes a link or image may use; an address without a scheme is relative, and fine. */
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * Whether `url` is an http, https or mailto address, or relative. Read as a
 * browser reads an `href`: leading and trailing controls and spaces dropped,
 * tabs and line breaks inside ignored, so `java&#9;script:` is caught too.
 */
export function isSafeUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

function schemeOf(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip these from an href.
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

/** Every raw HTML node, unsafe address and misleading link of `tree`, in document order. */
export function markupProblems(tree: Root): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const definitions = new Map<string, string>();
  walk(tree, (node) => {
    if (node.type === "definition") definitions.set(node.identifier, node.url);
  });
  // A closing tag after its opening one is the same HTML: reported once.
  const opened = new Set<string>();
  walk(tree, (node) => {
    const offset = node.position?.start.offset ?? 0;
    const report = (rule: RuleId, reason: string, hint?: string) =>
      problems.push({ offset, rule, reason, hint });
    switch (node.type) {
      case "html": {
        const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(node.value);
        const name = tag?.[2]?.toLowerCase();
        if (name && tag?.[1] === "/" && opened.has(name)) return;
        if (name && tag?.[1] === "") opened.add(name);
        report(Rule.rawHtml, htmlReason(node.value));
        return;
      }
      case "link":
      case "image":
      case "definition": {
        const what =
          node.type === "image"
            ? "The image's address"
            : node.type === "link"
              ? "The link's address"
              : `The address of the link definition [${node.label ?? node.identifier}]`;
        if (!isSafeUrl(node.url)) {
          report(
            Rule.unsafeUrl,
            `${what} ${show(node.url)} is a ${schemeOf(node.url)}: address. Links and images may lead only to http, https or mailto addresses, or to a page of the site.`,
          );
          return;
        }
        if (node.type === "link") {
          const problem = misleading(textOf(node), node.url);
          if (problem) report(Rule.misleadingLink, problem);
        }
        return;
      }
      case "linkReference": {
        const url = definitions.get(node.identifier);
        const problem = url === undefined ? undefined : misleading(textOf(node), url);
        if (problem) report(Rule.misleadingLink, problem);
        return;
      }
    }
  });
  return problems;
}

function htmlReason(html: string): string {
  const fix =
    "The site shows Markdown only. Remove it, or to show it as text, put it in `backticks` or write \\< for <.";
  if (html.startsWith("<!--")) return `An HTML comment is not allowed. ${fix}`;
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(html)?.[1];
  return tag === undefined
    ? `HTML is not allowed here. ${fix}`
    : `The HTML tag <${tag.toLowerCase()}> is not allowed. ${fix}`;
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

/**
 * Why a link misleads its reader, or `undefined`: its address hides its host
 * behind a user name (`https://example.org@evil.test`), or its host or the
 * address its text shows mixes alphabets in one name (`exаmple.org` with a
 * Cyrillic `а`), or its text reads as a web address whose host is not the
 * one it leads to (nor a parent of it).
 */
function misleading(text: string, url: string): string | undefined {
  const target = hostOf(url);
  if (target?.username) {
    return `The link's address ${show(url)} puts "${target.username}" before @, so it leads to ${target.host}, not where it seems to. Write the address without the part before @.`;
  }
  const targetMix = target && mixedScripts(target.host);
  if (target && targetMix) {
    return `The link leads to ${show(target.unicode)}, a name that mixes alphabets (${targetMix}) to imitate another address. Check the address and write it in one alphabet.`;
  }
  // An address is at most a few hundred characters; a longer text is not one (and the test stays cheap).
  const trimmed = text.trim();
  const shown = trimmed.length <= 300 ? ADDRESS_TEXT.exec(trimmed) : null;
  const named = shown?.[1] && hostOf(`https://${shown[1]}`);
  if (!shown || !named || FILE_EXTENSIONS.has((shown[2] ?? "").toLowerCase())) return undefined;
  const namedMix = mixedScripts(named.host);
  if (namedMix) {
    return `The link's text ${show(trimmed)} is an address written with letters of two alphabets (${namedMix}), which imitates another address. Give the link a text that is not an address, or write it in one alphabet.`;
  }
  const bare = (host: string) => host.replace(/^www\./, "");
  const parent = bare(named.host);
  if (target && (bare(target.host) === parent || target.host.endsWith(`.${parent}`))) {
    return undefined;
  }
  return `The link's text ${show(trimmed)} reads as an address, but the link leads to ${show(target ? target.unicode : url)}. Make the text say where the link leads, or link to the address it shows.`;
}

function hostOf(url: string) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
    return {
      host: parsed.hostname,
      unicode: domainToUnicode(parsed.hostname),
      username: parsed.username,
    };
  } catch {
    return undefined;
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

function textOf(node: Nodes): string {
  if ("value" in node && node.type !== "html") return node.value;
  if ("children" in node) return node.children.map(textOf).join("");
  return "";
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

function show(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}
