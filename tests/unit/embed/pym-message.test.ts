import { describe, expect, it } from 'vitest';
import { childIdFrom, parsePymMessage, pymMessage } from '../../../src/embed/pym-message.ts';

describe('Pym.js messages', () => {
  it('are built as pym.js builds them', () => {
    expect(pymMessage('flight', 'height', '812')).toBe('pymxPYMxflightxPYMxheightxPYMx812');
  });
  it('parse back, for the right child only', () => {
    const m = pymMessage('a', 'width', '640');
    expect(parsePymMessage(m, 'a')).toEqual({ id: 'a', type: 'width', message: '640' });
    expect(parsePymMessage(m)).toEqual({ id: 'a', type: 'width', message: '640' });
    expect(parsePymMessage(m, 'b')).toBeNull();
  });
  it.each([
    [null],
    [42],
    [{ height: 3 }],
    ['pym'],
    ['nopexPYMxaxPYMxheightxPYMx1'],
    ['pymxPYMxaxPYMxxPYMx1'],
  ])('ignore what is not one: %j', (data) => expect(parsePymMessage(data)).toBeNull());
  it('take the child id from the frame’s query, as a Pym parent passes it', () => {
    expect(childIdFrom('?initialWidth=600&childId=map-2&parentUrl=x')).toBe('map-2');
    expect(childIdFrom('')).toBe('');
  });
});
