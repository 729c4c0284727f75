import { useEffect } from 'react';
import { childIdFrom, parsePymMessage, pymMessage } from './pym-message.ts';

/**
 * In a frame, tells the parent page how tall the page's content is, in Pym.js's protocol: on
 * load, whenever the content's size changes (ResizeObserver), and when a Pym parent sends its
 * width. Only the number leaves the frame (targetOrigin '*': the host's origin is not known, and
 * a height says nothing of what the reader does). No-op outside a frame or when `on` is false.
 */
export function useHeightMessages(on: boolean): void {
  useEffect(() => {
    if (!on || window.parent === window) return;
    const id = childIdFrom(window.location.search);
    const content = document.getElementById('root') ?? document.body;
    let last = -1;
    const send = (force = false) => {
      const height = Math.ceil(content.getBoundingClientRect().height);
      if (height === last && !force) return;
      last = height;
      window.parent.postMessage(pymMessage(id, 'height', String(height)), '*');
    };
    const observer = new ResizeObserver(() => send());
    observer.observe(content);
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent) return;
      if (parsePymMessage(e.data, id)?.type === 'width') send(true);
    };
    window.addEventListener('message', onMessage);
    send(true);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [on]);
}
