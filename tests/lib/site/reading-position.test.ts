import { describe, expect, it } from 'vitest';
import { currentHeading, firstBlockBelow, visibleBelow } from '../../../src/lib/site/reading-position.ts';

const boxes = [
  { top: -400, bottom: -100 },
  { top: -80, bottom: 60 },
  { top: 80, bottom: 300 },
  { top: 320, bottom: 900 },
];

describe('firstBlockBelow', () => {
  it('starts at the first block showing more than a sliver below the bar', () => {
    expect(firstBlockBelow(boxes, 0)).toBe(1);
    expect(firstBlockBelow(boxes, 55)).toBe(2); // block 1 shows 5 px under a bar ending at 55: read
    expect(firstBlockBelow(boxes, 40)).toBe(1);
  });
  it('is the first block when the text has not been reached yet', () => {
    expect(firstBlockBelow([{ top: 700, bottom: 900 }], 650)).toBe(0);
  });
  it('is -1 when every block is above the line', () => {
    expect(firstBlockBelow(boxes, 2000)).toBe(-1);
    expect(firstBlockBelow([], 0)).toBe(-1);
  });
});

describe('currentHeading', () => {
  it('is the last heading that has reached the line', () => {
    expect(currentHeading([-900, -20, 400], 50)).toBe(1);
    expect(currentHeading([-900, 55, 400], 50)).toBe(1); // just under the bar counts as entered
    expect(currentHeading([-900, 70, 400], 50)).toBe(0);
  });
  it('is -1 before the first heading', () => {
    expect(currentHeading([300, 600], 50)).toBe(-1);
    expect(currentHeading([], 50)).toBe(-1);
  });
});

describe('visibleBelow', () => {
  it('needs part of the box between the line and the bottom of the viewport', () => {
    expect(visibleBelow({ top: 100, bottom: 200 }, 50, 800)).toBe(true);
    expect(visibleBelow({ top: 0, bottom: 40 }, 50, 800)).toBe(false);
    expect(visibleBelow({ top: 810, bottom: 900 }, 50, 800)).toBe(false);
  });
});
