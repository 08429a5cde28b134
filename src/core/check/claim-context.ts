/**
 * What every claim is checked against, built in one place: the sources'
 * searchable texts, their `published` and `archived` days, the sources that could not be
 * read, the rating scale and today. A rule that compares a claim with other
 * files takes what it needs from here, so every way of running the check has it.
 */

import { today } from "../content/dates.ts";
import type { Settings } from "../content/settings-files.ts";
import { type QuotedSource, quotedSource } from "../quote/quoted-source.ts";
import type { PreparedSource } from "./prepared-source.ts";

/** What a claim is checked against. */
export interface ClaimContext {
  /** The sources that could be opened, by id. */
  sources: ReadonlyMap<string, QuotedSource>;
  /** The keys of the rating scale; empty when ratings.yaml is invalid. */
  verdicts: readonly string[];
  /** The `published` day of each source whose date is valid, by id. */
  sourceDates: ReadonlyMap<string, string>;
  /** The `archived` day of each source that has a valid one, by id. */
  sourceArchived: ReadonlyMap<string, string>;
  /** Today, `YYYY-MM-DD`: later dates are refused. */
  today: string;
  /**
   * Sources whose text could not be read: their own error says why, and
   * quoting them is not checked (the claim is not valid either).
   */
  unreadable: ReadonlySet<string>;
}

/** The sources as claims see them, kept up to date source by source. */
export class CitedSources {
  readonly #quoted = new Map<string, QuotedSource>();
  readonly #dates = new Map<string, string>();
  readonly #archived = new Map<string, string>();
  readonly #unreadable = new Set<string>();

  /** Takes `prepared` as the source `id`, or forgets `id` when it is undefined. */
  set(id: string, prepared: PreparedSource | undefined): void {
    const quotable = prepared?.quotable;
    if (prepared && quotable) {
      this.#quoted.set(id, quotedSource(id, prepared.path, quotable.raw, quotable.text));
    } else this.#quoted.delete(id);
    if (prepared?.published) this.#dates.set(id, prepared.published);
    else this.#dates.delete(id);
    if (prepared?.archived) this.#archived.set(id, prepared.archived);
    else this.#archived.delete(id);
    if (prepared?.readable === false) this.#unreadable.add(id);
    else this.#unreadable.delete(id);
  }

  /** Whether claims can cite `id`: its file could be opened. */
  has(id: string): boolean {
    return this.#quoted.has(id);
  }

  /** Forgets every source. */
  clear(): void {
    this.#quoted.clear();
    this.#dates.clear();
    this.#archived.clear();
    this.#unreadable.clear();
  }

  /** What claims are checked against, with the settings' scale and `day` (default: today in UTC) as today. */
  context(settings: Settings, day: string | undefined): ClaimContext {
    return {
      sources: this.#quoted,
      verdicts: settings.ratings?.verdicts.map((verdict) => verdict.key) ?? [],
      sourceDates: this.#dates,
      sourceArchived: this.#archived,
      today: day ?? today(),
      unreadable: this.#unreadable,
    };
  }
}
