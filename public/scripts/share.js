// The share row of a claim page: copy the address, and the Web Share API where the browser has it.
// Served from the site itself (the CSP allows no other script); the page reads without it.
for (const row of document.querySelectorAll("[data-share-title]")) {
  const input = row.querySelector(".share__url");
  const status = row.querySelector(".share__status");
  const copy = row.querySelector('[data-share="copy"]');
  const native = row.querySelector('[data-share="native"]');
  const url = input.value;
  if (navigator.clipboard && window.isSecureContext) {
    copy.hidden = false;
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = row.dataset.shareCopied;
      } catch {
        input.select();
      }
    });
  }
  if (typeof navigator.share === "function") {
    native.hidden = false;
    native.addEventListener("click", () => {
      navigator.share({ title: row.dataset.shareTitle, url }).catch(() => {});
    });
  }
  input.addEventListener("focus", () => input.select());
}
