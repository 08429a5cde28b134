/**
 * The share row's plain links: each network's own address for sharing a page,
 * so that sharing needs no third-party script and leaves no tracker on the
 * page; the reader's browser only goes there when they click.
 */

/** One link of the share row. */
export interface ShareLink {
  /** Stable name, for styles and tests: `whatsapp`, `x`, `facebook`, `bluesky`, `email`. */
  key: "whatsapp" | "x" | "facebook" | "bluesky" | "email";
  /** The network's name, as readers know it. */
  label: string;
  href: string;
}

/**
 * The share links of the page at `url`, whose title (the verdict, then the
 * claim) goes with it; `email` is the e-mail link's label in the interface's language.
 */
export function shareLinks(url: string, title: string, email: string): ShareLink[] {
  const both = `${title} ${url}`;
  const query = (values: Record<string, string>) =>
    new URLSearchParams(values).toString().replace(/\+/g, "%20");
  return [
    { key: "whatsapp", label: "WhatsApp", href: `https://wa.me/?${query({ text: both })}` },
    { key: "x", label: "X", href: `https://x.com/intent/post?${query({ text: title, url })}` },
    {
      key: "facebook",
      label: "Facebook",
      href: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`,
    },
    {
      key: "bluesky",
      label: "Bluesky",
      href: `https://bsky.app/intent/compose?${query({ text: both })}`,
    },
    { key: "email", label: email, href: `mailto:?${query({ subject: title, body: url })}` },
  ];
}
