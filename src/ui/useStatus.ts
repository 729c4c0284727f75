import { useEffect, useState } from 'react';

/** A short message for a role="status" line, cleared after a few seconds. */
export function useStatus(ms = 4000): [string, (message: string) => void] {
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(''), ms);
    return () => clearTimeout(t);
  }, [status, ms]);
  return [status, setStatus];
}
