import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../core/content/markdown.ts";
import { markupProblems } from "../../core/content/markup.ts";
import { extractInWorker } from "../extract-worker.ts";

const html = (body: string, head = '<meta charset="utf-8">') =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html lang="fr"><head>${head}<title>Essai</title></head><body>${body}</body></html>`,
  );

const PARAGRAPHS = [
  "Le conseil municipal s’est réuni jeudi soir pour examiner le budget de la ville, en présence de nombreux habitants venus poser leurs questions aux élus.",
  "Le maire a présenté les grandes lignes du projet, qui prévoit une hausse des dépenses consacrées à la sécurité et à la prévention de la délinquance.",
  "L’opposition a dénoncé un budget « insincère » et demandé un audit indépendant des comptes de la commune avant tout nouveau vote.",
];
const article = (extra = "") =>
  `<article><h1>Essai</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}${extra}</article>`;

describe("extractInWorker", () => {
  it("keeps the text of a page full of scripts, handlers, frames and javascript: links, and none of them", async () => {
    const hostile = article(`
      <script>alert("1")</script>
      <p onclick="steal()">Un paragraphe <a href="javascript:alert(1)">piégé</a> et un <a href="data:text/html,<script>alert(1)</script>">autre</a>, puis <a href="https://exemple.org" onmouseover="steal()">un lien sûr</a>.</p>
      <iframe src="https://tracker.example/"></iframe>
      <img src="x" onerror="steal()" alt="image">
      <svg><script>alert(2)</script></svg>
      <object data="evil.swf"></object>`);
    const { markdown } = await extractInWorker({ kind: "html", bytes: html(hostile) });
    expect(markdown.split("\n\n").at(-1)).toBe(
      "Un paragraphe piégé et un autre, puis [un lien sûr](https://exemple.org/).",
    );
    expect(markdown).not.toMatch(/<|javascript|alert|steal|onerror|tracker/);
    expect(markupProblems(parseMarkdown(markdown))).toEqual([]);
  });

  it("reads a page in Windows-1252 that declares no charset", async () => {
    const latin = Uint8Array.from([..."<html><body><article>"].map((c) => c.charCodeAt(0)));
    const text = `${PARAGRAPHS.join(" ")} L\x92\xE9lu a parl\xE9 d\x92un \xAB\xA0budget de combat\xA0\xBB.`;
    const bytes = new Uint8Array([
      ...latin,
      ...[...`<p>${text}</p></article></body></html>`].map((c) => c.charCodeAt(0)),
    ]);
    const { markdown, encoding } = await extractInWorker({ kind: "html", bytes });
    expect(encoding).toBe("windows-1252");
    expect(markdown).toContain("L’élu a parlé d’un «\u00A0budget de combat\u00A0».");
  });

  it("drops huge inline data", async () => {
    const data = "A".repeat(8 * 1024 * 1024);
    const { markdown } = await extractInWorker({
      kind: "html",
      bytes: html(
        article(
          `<img src="data:image/png;base64,${data}"><p style="background:url(data:image/png;base64,${data.slice(0, 1000)})">Fin de l’article.</p>`,
        ),
      ),
    });
    expect(markdown).not.toContain("AAAA");
    expect(markdown.endsWith("Fin de l’article.")).toBe(true);
  });

  it("refuses markup nested deeper than any article on its shape limit, not its deadline", async () => {
    // A million nested elements: building their DOM would take minutes, past the deadline;
    // the limit is met while tokenising, after 201 of them.
    const deep = `${"<div>".repeat(1_000_000)}texte${"</div>".repeat(1_000_000)}`;
    await expect(extractInWorker({ kind: "html", bytes: html(deep) })).rejects.toThrow(
      "The page nests its elements more than 200 deep, which no article does. Save the article alone (the browser's reader view), or import a PDF of it.",
    );
  });

  it("refuses a page of more than 60 000 elements on its shape limit", async () => {
    const many = article("<span>mot</span> ".repeat(70_000));
    await expect(extractInWorker({ kind: "html", bytes: html(many) })).rejects.toThrow(
      "The page has more than 60,000 elements, more than any article needs. Save the article alone (the browser's reader view, or SingleFile), or import a PDF of it.",
    );
  });

  it("flattens block quotes nested deeper than the check allows", async () => {
    const nested = `${"<blockquote>".repeat(12)}<p>Une citation dans une citation, très loin à l’intérieur de la page.</p>${"</blockquote>".repeat(12)}`;
    const { markdown } = await extractInWorker({ kind: "html", bytes: html(article(nested)) });
    expect(markdown.split("\n").at(-1)).toBe(
      "> > > > Une citation dans une citation, très loin à l’intérieur de la page.",
    );
  });

  it("stops an extraction that takes longer than its deadline", async () => {
    const big = article(
      PARAGRAPHS.map((p) => `<div><p>${p}</p></div>`)
        .join("")
        .repeat(2000),
    );
    await expect(
      extractInWorker({ kind: "html", bytes: html(big) }, { timeoutMs: 50 }),
    ).rejects.toThrow(
      "Reading the capture took longer than 0.05 s, so it was stopped. The page is built in a way no article needs: import a PDF or a plain text copy of it.",
    );
  });

  it("stops an extraction that needs more memory than its ceiling", async () => {
    const big = article(
      PARAGRAPHS.map((p) => `<div><p>${p}</p></div>`)
        .join("")
        .repeat(3000),
    );
    await expect(
      extractInWorker({ kind: "html", bytes: html(big) }, { memoryMb: 16 }),
    ).rejects.toThrow(
      "Reading the capture needed more than 16 MB of memory, so it was stopped. Import a PDF or a plain text copy of it.",
    );
  });
});
