import { type RefObject, useEffect } from 'react';

/**
 * Moves focus to a dialog's heading once it is in the document (the map attaches a popup after
 * React renders it: the next frame), unless the reader has put focus inside the dialog first: a
 * quick Tab or click there is theirs, and a late frame (a busy page) must not take it back.
 */
export function useOpeningFocus(
  dialog: RefObject<HTMLElement | null>,
  headingId: string,
  enabled = true,
): void {
  useEffect(() => {
    if (!enabled) return;
    const frame = requestAnimationFrame(() => {
      const root = dialog.current;
      if (!root || root.contains(document.activeElement)) return;
      root.querySelector<HTMLElement>(`[id="${CSS.escape(headingId)}"]`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [dialog, headingId, enabled]);
}
