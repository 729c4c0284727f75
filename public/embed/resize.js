/*
 * Host-page script for the explorer's embed code: sizes each of its iframes to the height of
 * its content. The frame speaks Pym.js's protocol (NPR, github.com/nprapps/pym.js): it posts
 * "pymxPYMx<childId>xPYMxheightxPYMx<pixels>" to this page. Only a message from one of this
 * page's own iframes, from that iframe's origin, can set that iframe's height. No dependencies,
 * safe to load twice; a page that already runs a Pym.js parent needs none of it.
 */
(() => {
  if (window.__explorerEmbedResize) return;
  window.__explorerEmbedResize = true;
  const DELIMITER = 'xPYMx';

  const frameOf = (source) => {
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === source) return frame;
    }
    return null;
  };

  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string') return;
    const bits = event.data.split(DELIMITER);
    if (bits.length !== 4 || bits[0] !== 'pym' || bits[2] !== 'height') return;
    const height = Number.parseInt(bits[3], 10);
    if (!(height > 0 && height < 100000)) return;
    const frame = frameOf(event.source);
    if (!frame) return;
    let origin;
    try {
      origin = new URL(frame.src, document.baseURI).origin;
    } catch {
      return;
    }
    if (event.origin !== origin) return;
    frame.setAttribute('height', String(height));
    frame.style.height = `${height}px`;
  });
})();
