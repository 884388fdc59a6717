// Words quoted inline inside one entry of a log stamped line by line ("10/11 Solved — …",
// "14/11 Reopened by the client: "…"") are that entry's, as old as its stamp: they are not older
// than the message around them (the other entries), so the log orders them with the rest.

/** Whether the quotation at `at` stands on a stamped line of a text holding another stamped line. */
export function inLogEntry(text: string, at: number, stamped: (line: string) => boolean): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  if (!stamped(text.slice(start, end < 0 ? undefined : end))) return false;
  return text.split(/\r?\n/).filter(stamped).length > 1;
}
