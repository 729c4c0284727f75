import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, readPngText, withPngText } from '../../../src/export/png-text.ts';

/** A 1×1 RGBA PNG, made here so the test owns every byte. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 0, 0, 255]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', idat),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

describe('PNG text chunks', () => {
  it('computes CRC-32 as PNG does (the IEND chunk’s well-known CRC)', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('write UTF-8 text after the header that reads back, and keep the image', () => {
    const png = tinyPng();
    const text = 'Baku → Grozny\n“quoted”, 28 December 2024';
    const out = withPngText(png, { Title: 'A map', Description: text });
    expect(readPngText(out)).toEqual({ Title: 'A map', Description: text });
    // The header stays first, the image data and the end follow unchanged.
    expect(Buffer.from(out.subarray(0, 33))).toEqual(Buffer.from(png.subarray(0, 33)));
    expect(Buffer.from(out.subarray(out.length - (png.length - 33)))).toEqual(Buffer.from(png.subarray(33)));
  });

  it('each chunk carries a valid CRC', () => {
    const out = withPngText(tinyPng(), { Title: 'x' });
    const view = new DataView(out.buffer);
    let at = 8;
    while (at < out.length) {
      const len = view.getUint32(at);
      expect(view.getUint32(at + 8 + len)).toBe(crc32(out.subarray(at + 4, at + 8 + len)));
      at += 12 + len;
    }
  });

  it('refuses what is not a PNG', () => {
    expect(() => withPngText(new Uint8Array(20), { Title: 'x' })).toThrow(/not a PNG/);
  });
});
