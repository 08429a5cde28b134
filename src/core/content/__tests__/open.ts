/** Content files made from text, for the content modules' tests. */
import { type ContentFile, isDiagnostic, openContentFile } from "../content-file.ts";

/** Opens `raw` as the file `path`, failing the test when it cannot be opened. */
export function opened(raw: string, path = "c.md"): ContentFile {
  const file = openContentFile(raw, path);
  if (isDiagnostic(file)) throw new Error(file.reason);
  return file;
}
