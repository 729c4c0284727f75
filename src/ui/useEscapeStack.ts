import { useEffect, useState } from 'react';

/**
 * What Escape closes, from the top: the article reader covers the claims view, which covers the
 * map and its popup. One press closes only the top-most thing that is open.
 */
export const ESCAPE_LAYER = { popup: 1, claims: 2, article: 3 } as const;

interface Entry {
  layer: number;
  close: () => void;
}

const open: Entry[] = [];

function onKeyDown(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || e.defaultPrevented) return;
  // The highest layer; among equals, the one opened last.
  const top = open.reduce<Entry | undefined>((a, b) => (a && a.layer > b.layer ? a : b), undefined);
  if (!top) return;
  e.preventDefault();
  top.close();
}

/** Registers `close` for Escape at `layer` while the component is mounted and `close` is not null. */
export function useEscapeStack(layer: number, close: (() => void) | null): void {
  useEffect(() => {
    if (!close) return;
    const entry = { layer, close };
    if (open.length === 0) document.addEventListener('keydown', onKeyDown);
    open.push(entry);
    return () => {
      open.splice(open.indexOf(entry), 1);
      if (open.length === 0) document.removeEventListener('keydown', onKeyDown);
    };
  }, [layer, close]);
}

// The last element that had focus. A view opened by a link may mount after a loading state has
// hidden (and so blurred) that link; this still knows what opened it.
let lastFocused: HTMLElement | null = null;
// (No document when the page is prerendered at build time.)
if (typeof document !== 'undefined')
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLElement) lastFocused = e.target;
  });

/**
 * Remembers what opened a view (what had focus as it mounted) and gives focus back to it when the
 * view closes, if it is still on the page.
 */
export function useReturnFocus(): void {
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : lastFocused,
  );
  useEffect(
    () => () => {
      // After React has removed the view, and made what it covered usable again.
      requestAnimationFrame(() => {
        if (opener?.isConnected) opener.focus();
      });
    },
    [opener],
  );
}
