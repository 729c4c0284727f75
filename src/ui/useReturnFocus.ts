import { useEffect, useState } from 'react';

/**
 * Remembers what had focus when a view opened (the link that opened it) and gives focus back to
 * it when the view closes, if it is still on the page.
 */
export function useReturnFocus(): void {
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null,
  );
  useEffect(
    () => () => {
      // After React has removed the view: the opener may have been under it (inert until now).
      requestAnimationFrame(() => {
        if (opener?.isConnected) opener.focus();
      });
    },
    [opener],
  );
}
