/**
 * Text inside a PNG file (iTXt chunks: UTF-8, uncompressed), so an exported image carries its
 * title, legend, sources and permalink as data too, readable by any metadata tool (exiftool
 * shows them). Canvas's toBlob writes none; the chunks are put right after IHDR. Pure.
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 as PNG defines it (ISO 3309), over the chunk's type and data. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(ascii(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** One iTXt chunk: keyword, no compression, no language, the text in UTF-8. */
function itxt(keyword: string, text: string): Uint8Array {
  const key = ascii(keyword);
  const body = new TextEncoder().encode(text);
  // keyword \0, compression flag 0, method 0, language "" \0, translated keyword "" \0, text
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set(body, key.length + 5);
  return chunk('iTXt', data);
}

/** The PNG with `entries` (keyword → text) as iTXt chunks after its header. */
export function withPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG file');
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const added = Object.entries(entries).map(([k, v]) => itxt(k, v));
  const size = png.length + added.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, ihdrEnd), 0);
  let at = ihdrEnd;
  for (const c of added) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}

/** The iTXt chunks of a PNG (keyword → text), for tests and for reading an export back. */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const keyEnd = data.indexOf(0);
      const keyword = String.fromCharCode(...data.subarray(0, keyEnd));
      const langEnd = data.indexOf(0, keyEnd + 3);
      const transEnd = data.indexOf(0, langEnd + 1);
      out[keyword] = new TextDecoder().decode(data.subarray(transEnd + 1));
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return out;
}
