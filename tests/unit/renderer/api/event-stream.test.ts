import { describe, expect, it } from 'vitest';
import { createEventStreamParser } from '../../../../renderer/api/event-stream.ts';

describe('createEventStreamParser', () => {
  it('skips comments and joins events split across chunks', () => {
    const parse = createEventStreamParser();
    expect(parse(': connected\n\nevent: store:cha')).toEqual([]);
    expect(parse('nged\ndata: {"reason":')).toEqual([]);
    expect(parse('"demo"}\n\n: ping\n\n')).toEqual([
      { event: 'store:changed', data: '{"reason":"demo"}' },
    ]);
  });

  it('handles CRLF line endings, multi-line data and several events in one chunk', () => {
    const parse = createEventStreamParser();
    const events = parse('data: a\r\ndata: b\r\n\r\nevent: x\ndata:c\n\n');
    expect(events).toEqual([
      { event: 'message', data: 'a\nb' },
      { event: 'x', data: 'c' },
    ]);
  });

  it('ignores blocks without data', () => {
    expect(createEventStreamParser()('event: lonely\n\n')).toEqual([]);
  });
});
