// The share row of a claim page: copy the address, and the Web Share API where the browser has it.
// Served from the site itself (the CSP allows no other script); the page's links work without it.
// The title shared is the link preview's: the verdict, then the claim.
const title =
  document.querySelector('meta[property="og:title"]')?.getAttribute("content") ?? document.title;
for (const row of document.querySelectorAll(".share__row")) {
  const url = row.dataset.shareUrl;
  const status = row.parentElement.querySelector(".share__status");
  const copy = row.querySelector('[data-share="copy"]');
  const native = row.querySelector('[data-share="native"]');
  if (navigator.clipboard && window.isSecureContext) {
    copy.parentElement.hidden = false;
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = row.dataset.shareCopied;
      } catch {
        status.textContent = url;
      }
    });
  }
  if (typeof navigator.share === "function") {
    native.parentElement.hidden = false;
    native.addEventListener("click", () => {
      navigator.share({ title, url }).catch(() => {});
    });
  }
}
