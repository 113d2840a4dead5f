/**
 * Keyboard focus after a finding leaves the list ("Ignore here", "Allow"): the card or group that
 * followed it, else the one before it, else the list's heading — never the page body.
 * Targets carry data-focus-id: "f:<finding key>" on cards, "g:<id>" on group buttons.
 */

/** The ids to try, best first, for after the card with `id` has gone. */
export function nextFocusTargets(container: Element, id: string): string[] {
  const all = [...container.querySelectorAll<HTMLElement>('[data-focus-id]')];
  const at = all.findIndex((el) => el.dataset.focusId === id);
  if (at < 0) return [];
  const gone = all[at]!;
  const after = all.slice(at + 1).filter((el) => !gone.contains(el));
  const before = all.slice(0, at).filter((el) => !el.contains(gone)).reverse();
  // The group a card sits in comes before the cards before it.
  const holder = all.slice(0, at).filter((el) => el.closest('.rule-group')?.contains(gone)).reverse();
  return [...after, ...holder, ...before].map((el) => el.dataset.focusId!).filter((x) => x !== id);
}

/** Once the card `gone` has left, focus the first target still there; false while it is still shown. */
export function focusAfterRemoval(container: HTMLElement, gone: string, targets: string[]): boolean {
  const present = (id: string) => container.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(id)}"]`);
  if (present(gone)) return false;
  for (const id of targets) {
    const el = present(id);
    if (el) {
      el.focus();
      return true;
    }
  }
  container.querySelector<HTMLElement>('h2[tabindex]')?.focus();
  return true;
}
