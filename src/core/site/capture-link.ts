/**
 * Where the site serves a source's capture, the original bytes it was
 * imported from. A saved web page is evidence, not a page of the site: it is
 * published under a `.txt` name (served as text, never run on the site's
 * origin) and offered as a download under its own name; `_headers` adds
 * `Content-Disposition: attachment` and a sandbox for hosts that read it.
 */

/** A capture as the source page links to it. */
export interface CaptureLink {
  /** The file in the content folder, `captures/<name>.<ext>`. */
  file: string;
  /** Where the site serves it, relative to the base path. */
  path: string;
  /** The name a download is saved under. */
  download: string;
  /** `html`, `pdf` or `txt`. */
  format: string;
  sha256: string;
}

/** The link to the capture recorded as `capture`. */
export function captureLink(capture: { file: string; sha256: string }): CaptureLink {
  const name = capture.file.slice(capture.file.lastIndexOf("/") + 1);
  const format = name.slice(name.lastIndexOf(".") + 1);
  return {
    file: capture.file,
    path: `captures/${format === "html" ? `${name}.txt` : name}`,
    download: name,
    format,
    sha256: capture.sha256,
  };
}
