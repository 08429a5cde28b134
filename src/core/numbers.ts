/** Numbers as the README and the commands write them. */

/** `22239` as `22 239`. */
export function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** A duration in milliseconds as seconds with one decimal: `1234` as `1.2 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
