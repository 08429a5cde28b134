/** The one kind of error an import reports to its user: what happened and what to do, never a stack trace. */

/** A capture that cannot be imported, with the reason in full sentences. */
export class CaptureError extends Error {
  override name = "CaptureError";
}
