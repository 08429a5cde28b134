/**
 * The icons of the verdicts: a verdict is told by its words, its colour and its
 * shape, so that it still reads in grey, to a colour-blind reader, or in a small
 * share preview. No icon font. Pages draw them as CSS masks, defined once in
 * `/verdicts.css`, so that a listing of fifty badges carries no SVG; the share
 * card draws the SVG itself.
 */
import type { VerdictIcon } from "../schema/settings.ts";

const SHAPES: Record<VerdictIcon, string> = {
  check: '<path d="M4.5 12.5l5 5L19.5 6.5"/>',
  mostly: '<circle cx="12" cy="12" r="9"/><path d="M7.5 12.5l3 3 6-6.5"/>',
  misleading: '<path d="M12 3.5L21.5 20h-19z"/><path d="M12 10v4.5M12 17.2v.1"/>',
  cross: '<path d="M6 6l12 12M18 6L6 18"/>',
  unknown: '<path d="M8.8 9a3.3 3.3 0 1 1 4.7 3c-1 .5-1.5 1.2-1.5 2.3v.7M12 18.6v.1"/>',
};

/**
 * The icon a verdict gets when ratings.yaml names none: a check at the best
 * end of the scale, a cross at the worst, a question mark outside it, and in
 * between a circled check above the middle and a warning sign below.
 */
export function defaultIcon(
  value: number | undefined,
  scale: { best: number; worst: number },
): VerdictIcon {
  if (value === undefined) return "unknown";
  if (value >= scale.best) return "check";
  if (value <= scale.worst) return "cross";
  return value - scale.worst > (scale.best - scale.worst) / 2 ? "mostly" : "misleading";
}

/** The icon as an SVG element of `size` (a CSS length or pixels), in `color` (default currentColor). */
export function verdictIconSvg(
  icon: VerdictIcon,
  size: string | number = "1em",
  color = "currentColor",
): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${size}" height="${size}" fill="none" stroke="${color}" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${SHAPES[icon]}</svg>`;
}

/**
 * The icon as a CSS `url()` of an SVG data address, for `mask-image`: only its
 * shape counts, and the page fills it with the text's colour. A data address
 * is an image the Content Security Policy allows (`img-src 'self' data:`).
 */
export function verdictIconMask(icon: VerdictIcon): string {
  const svg = verdictIconSvg(icon, 24, "#000").replace(/ aria-hidden="true" focusable="false"/, "");
  const escaped = svg.replaceAll('"', "'").replace(/[<>#%]/g, (char) => encodeURIComponent(char));
  return `url("data:image/svg+xml,${escaped}")`;
}
