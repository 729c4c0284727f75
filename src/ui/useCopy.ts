import { useCallback } from 'react';
import { useStatus } from './useStatus.ts';

/** What the status line says after a copy: done, or what to do instead. */
export interface CopyMessages {
  done: string;
  failed: string;
}

/**
 * Copies text to the clipboard and says how it went on a status line (cleared after a while).
 * A blocked clipboard is a message, never an error: the reader is told how to copy by hand.
 */
export function useCopy(): [status: string, copy: (text: string, messages: CopyMessages) => Promise<void>] {
  const [status, setStatus] = useStatus();
  const copy = useCallback(
    async (text: string, { done, failed }: CopyMessages) => {
      try {
        await navigator.clipboard.writeText(text);
        setStatus(done);
      } catch {
        setStatus(failed);
      }
    },
    [setStatus],
  );
  return [status, copy];
}
