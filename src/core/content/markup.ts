/**
 * What a claim's reasoning or a source's text may not carry to the site: raw
 * HTML, addresses that run code or smuggle content (`javascript:`, `data:`),
 * and links that pose as another address. The policy is to refuse (see
 * rules.ts): each problem names its line, and the contributor fixes it.
 */
import type { Nodes, Root } from "mdast";
import { Rule, type RuleId } from "../diagnostics/rules.ts";
import { type AddressProblem, addressProblem } from "../schema/address.ts";

/** A problem of a Markdown tree, at an offset of the Markdown it was parsed from. */
export interface MarkupProblem {
  offset: number;
  rule: RuleId;
  reason: string;
  hint?: string;
}

/**
 * Whether `url` is an http, https or mailto address, or relative: what the
 * renderer lets through (the check refuses more, see {@link addressProblem}).
 */
export function isSafeUrl(url: string): boolean {
  return addressProblem(url, { link: true })?.kind !== "scheme";
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
        const text = node.type === "link" ? textOf(node) : undefined;
        const problem = addressProblem(node.url, { link: true, text });
        if (problem?.kind === "scheme") {
          report(
            Rule.unsafeUrl,
            `${what} ${show(node.url)} is a ${problem.scheme}: address. Links and images may lead only to http, https or mailto addresses, or to a page of the site.`,
          );
        } else if (problem && node.type === "link") {
          report(Rule.misleadingLink, misleading(problem, node.url));
        }
        return;
      }
      case "linkReference": {
        const url = definitions.get(node.identifier);
        const problem =
          url === undefined ? undefined : addressProblem(url, { link: true, text: textOf(node) });
        if (problem && problem.kind !== "scheme") {
          report(Rule.misleadingLink, misleading(problem, url ?? ""));
        }
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

/** Why a link misleads its reader, in a sentence. */
function misleading(problem: Exclude<AddressProblem, { kind: "scheme" }>, url: string): string {
  switch (problem.kind) {
    case "user":
      return `The link's address ${show(url)} puts "${problem.user}" before @, so it leads to ${problem.host}, not where it seems to. Write the address without the part before @.`;
    case "mixed-host":
      return `The link leads to ${show(problem.host)}, a name that mixes alphabets (${problem.scripts}) to imitate another address. Check the address and write it in one alphabet.`;
    case "mixed-text":
      return `The link's text ${show(problem.text)} is an address written with letters of two alphabets (${problem.scripts}), which imitates another address. Give the link a text that is not an address, or write it in one alphabet.`;
    case "other-host":
      return `The link's text ${show(problem.text)} reads as an address, but the link leads to ${show(problem.target)}. Make the text say where the link leads, or link to the address it shows.`;
  }
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
