import { describe, expect, test } from 'vitest';
import {
  conversationRef,
  decodeNodeId,
  encodeNodeId,
  messageRef,
} from '../../src/request/node-id.ts';

const W = '6b7a1c4e-1b2f-4c3d-9e8f-0a1b2c3d4e5f';
const S = 'session_0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'no error';
  } catch (e) {
    return `${(e as { extensions?: { code?: string } }).extensions?.code}: ${(e as Error).message}`;
  }
};

describe('global ids', () => {
  test('a global id reads as its type and Crisp ids, and round-trips', () => {
    const id = encodeNodeId('Conversation', conversationRef.format(W, S));
    expect(id).toBe(`Conversation:${W}:${S}`);
    const { typename, id: parts } = decodeNodeId(id);
    expect(typename).toBe('Conversation');
    expect(conversationRef.parse(parts)).toEqual([W, S]);
  });

  test('upper-case Crisp parts are normalised; a malformed part is BAD_USER_INPUT', () => {
    expect(conversationRef.parse(`${W.toUpperCase()}:${S.toUpperCase()}`)).toEqual([W, S]);
    expect(codeOf(() => conversationRef.parse(`${W}:session_x`))).toBe(
      'BAD_USER_INPUT: Invalid input for id: not a Conversation id',
    );
    expect(codeOf(() => conversationRef.parse(W))).toMatch(/^BAD_USER_INPUT/);
    expect(codeOf(() => decodeNodeId(':x'))).toMatch(/^BAD_USER_INPUT/);
  });

  test('an input takes a global id or a raw Crisp id in the stated or configured website', () => {
    const global = `Conversation:${W}:${S}`;
    expect(conversationRef.fromInput(global, 'input.conversationId', [undefined])).toEqual([W, S]);
    expect(conversationRef.fromInput(S, 'input.conversationId', [W.toUpperCase()])).toEqual([W, S]);
    expect(conversationRef.fromInput(S, 'input.conversationId', [null], [W])).toEqual([W, S]);
    expect(messageRef.fromInput('42', 'input.messageId', [W, S])).toEqual([W, S, 42]);
  });

  test('an input naming another type, another website, or a raw id without a website is refused', () => {
    const other = '00000000-0000-4000-8000-000000000000';
    expect(
      codeOf(() => conversationRef.fromInput(`Person:${W}:${other}`, 'input.conversationId', [])),
    ).toBe('BAD_USER_INPUT: Invalid input for input.conversationId: not a Conversation id');
    expect(
      codeOf(() =>
        conversationRef.fromInput(`Conversation:${W}:${S}`, 'input.conversationId', [other]),
      ),
    ).toBe(
      'BAD_USER_INPUT: Invalid input for input.conversationId: the Conversation belongs to another website',
    );
    expect(codeOf(() => conversationRef.fromInput(S, 'input.conversationId', [null]))).toBe(
      'BAD_USER_INPUT: Invalid input for input.conversationId: a raw Conversation id needs its website',
    );
  });
});
