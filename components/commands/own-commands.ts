// The commands this tab sent lately. The action's own response already re-rendered the page, so
// the live stream's echo of the same change is skipped; other tabs and users still get it.
const KEEP_MS = 5 * 60_000;
const sent = new Map<string, number>();
const answered = new Set<string>();

export function noteOwnCommand(commandId: string): void {
  const now = Date.now();
  for (const [id, at] of sent) {
    if (now - at > KEEP_MS) {
      sent.delete(id);
      answered.delete(id);
    }
  }
  sent.set(commandId, now);
}

export function isOwnCommand(commandId: string | null | undefined): boolean {
  return Boolean(commandId && sent.has(commandId));
}

/** True the first time a command's success is shown here: a replayed answer to it gets no second toast. */
export function firstAnswer(commandId: string): boolean {
  if (answered.has(commandId)) return false;
  answered.add(commandId);
  return true;
}
