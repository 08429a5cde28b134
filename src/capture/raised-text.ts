/**
 * `<sup>` and `<sub>` as the characters a reader sees. Markdown has no mark
 * for them, and dropping the tags would change a number: `10<sup>5</sup>`
 * would read "105". Their text is written with Unicode's superscript and
 * subscript characters when each of its characters has one ("10⁵", "m²",
 * "CO₂", "XIXᵉ"), which the quote matching never folds to plain digits; a
 * text some character of which has none (a footnote call "[1]") stays as it
 * is, set apart by nothing, as a copy from the browser gives it.
 */
import type { Element, ElementContent } from "hast";

const SUPERSCRIPT: Record<string, string> = toMap(
  "0123456789+-=()nieraoptsmlhdgkbcfjuvwxyz",
  "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵉʳᵃᵒᵖᵗˢᵐˡʰᵈᵍᵏᵇᶜᶠʲᵘᵛʷˣʸᶻ",
);
const SUBSCRIPT: Record<string, string> = toMap(
  "0123456789+-=()aeoxhklmnpstijruv",
  "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ",
);

/** The text node that stands for a `<sup>` or `<sub>` element. */
export function raisedText(element: Element): ElementContent {
  const text = textOf(element);
  const map = element.tagName === "sup" ? SUPERSCRIPT : SUBSCRIPT;
  const chars = [...text];
  const mapped = chars.every((char) => map[char] !== undefined)
    ? chars.map((char) => map[char]).join("")
    : text;
  return { type: "text", value: mapped };
}

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

function toMap(plain: string, raised: string): Record<string, string> {
  const from = [...plain];
  const to = [...raised];
  if (from.length !== to.length) throw new Error("raised-text: the two alphabets differ in length");
  return Object.fromEntries(from.map((char, i) => [char, to[i] as string]));
}
