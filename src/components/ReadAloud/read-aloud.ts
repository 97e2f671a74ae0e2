import { speechChunks } from '../../lib/site/speech.ts';
import { firstBlockBelow, visibleBelow } from '../../lib/site/reading-position.ts';
import { decodedFragment } from '../../client/fragment.ts';

/** One utterance: its text and where it sits in the page, for highlighting. */
interface Chunk {
  text: string;
  block: HTMLElement;
  start: number;
  end: number;
}

const HIGHLIGHT = 'read-aloud';
/**
 * How long to wait for the browser's voice list before saying there is no Chinese voice.
 * Chrome fills the list asynchronously (voiceschanged, within ~100 ms on a desktop); a browser
 * with no speech engine at all never fires it.
 */
const VOICE_WAIT_MS = 1500;

function chineseVoice(): SpeechSynthesisVoice | undefined {
  return window.speechSynthesis.getVoices().find((voice) => /^zh\b|^zh[-_]/i.test(voice.lang));
}

/** Leaf text blocks of the report, in reading order. */
function readingBlocks(root: HTMLElement): HTMLElement[] {
  const selector = 'h2, h3, h4, p, li';
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.querySelector(selector));
}

function chunksOf(blocks: readonly HTMLElement[]): Chunk[] {
  return blocks.flatMap((block) => {
    const text = block.textContent ?? '';
    let from = 0;
    return speechChunks(text).map((chunk) => {
      const start = Math.max(0, text.indexOf(chunk.slice(0, 8), from));
      const end = Math.min(text.length, start + chunk.length);
      from = end;
      return { text: chunk, block, start, end };
    });
  });
}

/** A DOM Range over characters [start, end) of a block's text. */
function rangeOf(chunk: Chunk): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(chunk.block, NodeFilter.SHOW_TEXT);
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (!started && chunk.start <= offset + length) {
      range.setStart(node, chunk.start - offset);
      started = true;
    }
    if (started && chunk.end <= offset + length) {
      range.setEnd(node, chunk.end - offset);
      break;
    }
    offset += length;
  }
  return range;
}

/** The top of what the reader sees: the bottom of the sticky reading bar (0 without one). */
function readingLine(): number {
  const bar = document.querySelector<HTMLElement>('[data-reading-bar]');
  return bar && !bar.hidden ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
}

/** The passage the address points to (a copied paragraph link, a 目录 entry), if it is in the text. */
function addressedBlock(text: HTMLElement, blocks: readonly HTMLElement[]): number {
  const id = decodedFragment(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target || !text.contains(target)) return -1;
  return blocks.findIndex((block) => block === target || target.contains(block));
}

/**
 * Where reading "from here" starts: the addressed passage when it is in view, else the first
 * block in view below the bar; at the top of the page that is the first block (the whole text).
 */
function startBlock(text: HTMLElement, blocks: readonly HTMLElement[]): number {
  const line = readingLine();
  const boxes = blocks.map((block) => block.getBoundingClientRect());
  const addressed = addressedBlock(text, blocks);
  if (addressed >= 0 && visibleBelow(boxes[addressed]!, line, window.innerHeight)) return addressed;
  return Math.max(0, firstBlockBelow(boxes, line));
}

export function startReadAloud(): void {
  const panel = document.querySelector<HTMLElement>('[data-read-aloud]');
  const text = document.querySelector<HTMLElement>('[data-report-text]');
  if (!panel || !text) return;
  const controls = panel.querySelector<HTMLElement>('[data-read-aloud-controls]')!;
  const note = panel.querySelector<HTMLDetailsElement>('[data-no-voice]')!;
  panel.hidden = false;
  if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') {
    panel.querySelector('[data-no-voice-reason]')!.textContent = '无法朗读：本浏览器不支持语音朗读';
    note.hidden = false;
    return;
  }

  const play = panel.querySelector<HTMLButtonElement>('[data-action="play"]')!;
  const stop = panel.querySelector<HTMLButtonElement>('[data-action="stop"]')!;
  const rate = panel.querySelector<HTMLSelectElement>('[data-rate]')!;
  const rateLabel = panel.querySelector<HTMLElement>('[data-rate-label]')!;
  const status = panel.querySelector<HTMLElement>('[data-read-aloud-status]')!;
  const synth = window.speechSynthesis;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const highlights =
    'highlights' in CSS ? (CSS as unknown as { highlights: Map<string, unknown> }).highlights : undefined;

  let chunks: Chunk[] = [];
  let index = 0;
  let state: 'stopped' | 'playing' | 'paused' = 'stopped';
  let generation = 0;
  let voicesKnown = synth.getVoices().length > 0;
  let headingButtons = false;

  function reveal() {
    const voice = chineseVoice();
    controls.hidden = !voice;
    // Until the voice list has arrived, neither: a note that then vanishes would only confuse.
    note.hidden = Boolean(voice) || !voicesKnown;
    if (voice && !headingButtons) addHeadingButtons();
  }
  synth.addEventListener?.('voiceschanged', () => {
    voicesKnown = true;
    reveal();
  });
  setTimeout(() => {
    voicesKnown = true;
    reveal();
  }, VOICE_WAIT_MS);

  /** A 朗读 button on each heading of the text: reading starts at that heading. */
  function addHeadingButtons() {
    headingButtons = true;
    for (const heading of text!.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'fz-read-here fz-no-print';
      button.setAttribute('aria-label', `从“${(heading.textContent ?? '').trim()}”开始朗读`);
      button.dataset.readFrom = heading.id;
      button.addEventListener('click', () => {
        const blocks = readingBlocks(text!);
        startAt(blocks, Math.max(0, blocks.indexOf(heading)));
      });
      heading.append(button);
    }
  }

  function mark(chunk: Chunk | undefined) {
    for (const el of text!.querySelectorAll('.fz-read-aloud__speaking')) el.classList.remove('fz-read-aloud__speaking');
    highlights?.delete(HIGHLIGHT);
    if (!chunk) return;
    chunk.block.classList.add('fz-read-aloud__speaking');
    if (highlights)
      highlights.set(
        HIGHLIGHT,
        new (window as unknown as { Highlight: new (r: Range) => unknown }).Highlight(rangeOf(chunk)),
      );
    chunk.block.scrollIntoView({ block: 'center', behavior: reduceMotion.matches ? 'auto' : 'smooth' });
  }

  /** The play button's label when stopped says where reading would start. */
  function stoppedLabel(): string {
    return startBlock(text!, readingBlocks(text!)) === 0 ? '朗读全文' : '从这里朗读';
  }

  function render() {
    // One button plays, pauses and resumes, so focus stays on it through all three.
    play.textContent = state === 'playing' ? '暂停' : state === 'paused' ? '继续朗读' : stoppedLabel();
    stop.hidden = state === 'stopped';
    rateLabel.hidden = state === 'stopped';
    // The reading bar keeps the controls in view while this is set (see reading-bar.ts).
    panel!.toggleAttribute('data-reading', state !== 'stopped');
  }

  function speak() {
    const chunk = chunks[index];
    if (!chunk) {
      finish('朗读完毕');
      return;
    }
    const token = ++generation;
    const utterance = new SpeechSynthesisUtterance(chunk.text);
    utterance.lang = 'zh-CN';
    try {
      utterance.voice = chineseVoice() ?? null;
    } catch {
      // Not a SpeechSynthesisVoice (a test double or an odd engine): lang alone picks the voice.
    }
    utterance.rate = Number(rate.value);
    utterance.onend = () => {
      // Ends also fire for cancelled utterances: only the current one moves the reading on.
      if (token !== generation || state !== 'playing') return;
      index++;
      speak();
    };
    mark(chunk);
    synth.speak(utterance);
  }

  function startAt(blocks: HTMLElement[], block: number) {
    chunks = chunksOf(blocks.slice(block));
    index = 0;
    state = 'playing';
    status.textContent = block === 0 ? '开始朗读全文' : '从这里开始朗读';
    render();
    synth.cancel();
    speak();
  }

  function finish(message: string) {
    const hadFocus = stop.contains(document.activeElement);
    generation++;
    synth.cancel();
    state = 'stopped';
    index = 0;
    mark(undefined);
    status.textContent = message;
    render();
    // The stop button has just been hidden: focus goes back to the play button, not the page.
    if (hadFocus) play.focus();
  }

  play.addEventListener('click', () => {
    if (state === 'stopped') {
      const blocks = readingBlocks(text);
      startAt(blocks, startBlock(text, blocks));
    } else if (state === 'paused') {
      state = 'playing';
      status.textContent = '继续朗读';
      render();
      synth.cancel();
      speak();
    } else {
      // Pausing cancels and resumes from the same sentence: Chrome's own pause() is unreliable.
      state = 'paused';
      generation++;
      synth.cancel();
      status.textContent = '已暂停';
      render();
    }
  });
  stop.addEventListener('click', () => finish('已停止朗读'));
  rate.addEventListener('change', () => {
    if (state !== 'playing') return;
    generation++;
    synth.cancel();
    speak();
  });
  // The label follows the reader's position (朗读全文 at the top, 从这里朗读 further down).
  let queued = false;
  const relabel = () => {
    if (queued || state !== 'stopped') return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (state === 'stopped') render();
    });
  };
  window.addEventListener('scroll', relabel, { passive: true });
  window.addEventListener('hashchange', relabel);
  window.addEventListener('pagehide', () => synth.cancel());
  reveal();
  render();
}
