/**
 * Pym.js's message format (NPR's responsive-iframe library, github.com/nprapps/pym.js), spoken by
 * hand: `pym` + id + type + message joined by `xPYMx`, as its `_makeMessage` builds them, so any
 * page running a Pym parent (many CMSs do) sizes our frame, as does our own public/embed/resize.js.
 * Pure.
 */
export const PYM_DELIMITER = 'xPYMx';

/** A Pym message, e.g. `pymxPYMxmapxPYMxheightxPYMx812`. */
export function pymMessage(id: string, type: string, message: string): string {
  return ['pym', id, type, message].join(PYM_DELIMITER);
}

/** Parses a Pym message for `id` (any id when undefined); null when it is not one. */
export function parsePymMessage(
  data: unknown,
  id?: string,
): { id: string; type: string; message: string } | null {
  if (typeof data !== 'string') return null;
  const bits = data.split(PYM_DELIMITER);
  if (bits.length < 4 || bits[0] !== 'pym') return null;
  const [, childId = '', type = '', ...rest] = bits;
  if (id !== undefined && childId !== id) return null;
  if (!/^\S+$/.test(type)) return null;
  return { id: childId, type, message: rest.join(PYM_DELIMITER) };
}

/** The child id a Pym parent gives its frame: the `childId` of the frame's query string. */
export function childIdFrom(search: string): string {
  return new URLSearchParams(search).get('childId') ?? '';
}
