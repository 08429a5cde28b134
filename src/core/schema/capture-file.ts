/**
 * What a capture file is, for the source schema (which names it), the check
 * (which reads it again) and the importer and the watch (which write and
 * fetch it): a file under the content folder's `captures/`, of bounded size.
 */

/**
 * The largest capture kept, 10 MB: an article saved as a page with its styles
 * is a few hundred kilobytes, a report as a PDF a few megabytes. A page saved
 * with every image inline can pass it: save it without its images.
 */
export const MAX_CAPTURE_BYTES = 10 * 1024 * 1024;

/** The capture file named by `capture.file`, relative to the content folder: `captures/<name>.<html|pdf|txt>`. */
export const CAPTURE_FILE = /^captures\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:html|pdf|txt)$/;
