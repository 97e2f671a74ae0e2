/**
 * Where a reader is in a report's text, from the boxes of its blocks (headings, paragraphs,
 * list items) relative to the viewport: pure arithmetic so the browser code that measures
 * (src/components/ReadingBar, src/components/ReadAloud) stays a thin layer over it.
 *
 * `line` is the top of the part of the viewport the reader sees, in viewport pixels: the
 * bottom edge of the sticky reading bar once it sticks, the bar's own bottom (below which the
 * text starts) before that.
 */

/** A block's vertical extent, as getBoundingClientRect() gives it. */
export interface BlockBox {
  top: number;
  bottom: number;
}

/**
 * The first block the reader can see below `line`: the first whose bottom lies below it by
 * more than `slack` pixels (a block showing only its last few pixels is already read).
 * Reading aloud "from here" starts there. -1 when every block is above the line.
 */
export function firstBlockBelow(boxes: readonly BlockBox[], line: number, slack = 8): number {
  return boxes.findIndex((box) => box.bottom > line + slack);
}

/**
 * The section the reader is in: the last heading whose top has reached `line` (plus `slack`,
 * so a heading just under the bar counts as entered). -1 before the first heading.
 */
export function currentHeading(tops: readonly number[], line: number, slack = 8): number {
  let current = -1;
  for (const [i, top] of tops.entries()) {
    if (top <= line + slack) current = i;
    else break;
  }
  return current;
}

/** Whether a box is at least partly visible between `line` and the viewport's bottom. */
export function visibleBelow(box: BlockBox, line: number, viewportHeight: number): boolean {
  return box.bottom > line && box.top < viewportHeight;
}
