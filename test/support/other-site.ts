/**
 * A small valid site that shares nothing with the fixture site: another
 * language, address, rating scale and names, a source with two authors, an
 * anonymous claimant beside a person. The test that copies the repository
 * puts it in place of `content/`, where a test that still read `content/`
 * would meet none of the fixture's names or counts.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const FILES: Record<string, string> = {
  "site.yaml": `name: Harbour Checks
description: Claims about the harbour board, checked quote by quote.
lang: en
url: https://checks.example.net
base: /
publisher:
  name: Harbour Checks desk
  url: https://checks.example.net
errorReport: desk@checks.example.net
shareCards: off
`,
  "ratings.yaml": `worst: 1
best: 3
verdicts:
  - key: accurate
    value: 3
    color: "#1a7f37"
    icon: check
    label: { fr: Exact, en: Accurate }
    description:
      fr: Les sources le confirment.
      en: The sources confirm it.
  - key: stretched
    value: 2
    color: "#a34f00"
    icon: misleading
    label: { fr: Exagéré, en: Stretched }
    description:
      fr: Les sources disent moins.
      en: The sources say less.
  - key: wrong
    value: 1
    color: "#b3261e"
    icon: cross
    label: { fr: Faux, en: Wrong }
    description:
      fr: Les sources le contredisent.
      en: The sources contradict it.
`,
  "sources/harbour-minutes.md": `---
title: "Minutes of the harbour board, March session"
publisher: Harbour Gazette
author: [Priya Okonkwo, Lars Windqvist]
published: 2026-03-02
url: https://gazette.example.net/minutes-march
lang: en
---
The board met on the first of March. The chair said that the new ferry pier will open in June, not in April as first planned.

The board also voted to keep the night ferry for another year.
`,
  "sources/pier-interview.md": `---
title: "The chair on the ferry pier"
publisher: Coastline Radio
author: Mirela Tanaka
published: 2026-03-04
lang: en
---
Asked about the delay, the chair answered that the pier works had met harder rock than expected.
`,
  "claims/pier-opens-in-april.md": `---
claim: "The new ferry pier opens in April."
claimant: "Oskar Brightwater"
claimantKind: person
claimDate: 2026-03-03
verdict: wrong
summary: "The board's minutes say June, not April."
published: 2026-03-05
authors: [Harbour Checks desk]
tags: [Ferry pier, Harbour board]
lang: en
citations:
  - id: june
    source: harbour-minutes
    quote: "the new ferry pier will open in June, not in April as first planned"
  - id: rock
    source: pier-interview
    quote: "the pier works had met harder rock than expected"
---
The minutes say June [@june]; the chair gave the reason on the radio [@rock].
`,
  "claims/night-ferry-cut.md": `---
claim: "The night ferry is being cut."
claimant: "Post shared on social networks"
claimantKind: anonymous
verdict: wrong
summary: "The board voted to keep it for another year."
published: 2026-03-06
tags: [Night ferry]
lang: en
citations:
  - id: kept
    source: harbour-minutes
    quote: "voted to keep the night ferry for another year"
---
The board voted the other way [@kept].
`,
};

/** Writes the other site into `dir` (created if needed); returns `dir`. */
export function writeOtherSite(dir: string): string {
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** What the check says of the other site: its number of claims and of sources. */
export const OTHER_SITE = { claims: 2, sources: 2 };
