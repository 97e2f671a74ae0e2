import { describe, expect, it } from 'vitest';
import { MAX_UTTERANCE, speechChunks } from '../../../src/lib/site/speech.ts';

describe('speechChunks', () => {
  it('speaks sentence by sentence', () => {
    expect(speechChunks('一是加强领导。二是完善制度！三是强化监督？')).toEqual([
      '一是加强领导。',
      '二是完善制度！',
      '三是强化监督？',
    ]);
  });
  it('cuts a long sentence at commas, every chunk within the limit, nothing lost', () => {
    const long = `${'街道党工委定期召开专题会议听取工作汇报，'.repeat(12)}形成上下联动的工作格局。`;
    const chunks = speechChunks(long);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_UTTERANCE);
    expect(chunks.join('')).toBe(long);
  });
  it('cuts text without any punctuation hard at the limit', () => {
    const chunks = speechChunks('法'.repeat(200));
    expect(chunks.map((c) => c.length)).toEqual([80, 80, 40]);
  });
});
