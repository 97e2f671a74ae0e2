import { speechChunks } from '../../lib/site/speech.ts';

/** One utterance: its text and where it sits in the page, for highlighting. */
interface Chunk {
  text: string;
  block: HTMLElement;
  start: number;
  end: number;
}

const HIGHLIGHT = 'read-aloud';

function chineseVoice(): SpeechSynthesisVoice | undefined {
  return window.speechSynthesis.getVoices().find((voice) => /^zh\b|^zh[-_]/i.test(voice.lang));
}

/** Leaf text blocks of the report, in reading order. */
function readingBlocks(root: HTMLElement): HTMLElement[] {
  const selector = 'h2, h3, h4, p, li';
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.querySelector(selector));
}

function chunksOf(root: HTMLElement): Chunk[] {
  return readingBlocks(root).flatMap((block) => {
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

export function startReadAloud(): void {
  const panel = document.querySelector<HTMLElement>('[data-read-aloud]');
  const text = document.querySelector<HTMLElement>('[data-report-text]');
  if (!panel || !text || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return;

  const play = panel.querySelector<HTMLButtonElement>('[data-action="play"]')!;
  const pause = panel.querySelector<HTMLButtonElement>('[data-action="pause"]')!;
  const stop = panel.querySelector<HTMLButtonElement>('[data-action="stop"]')!;
  const rate = panel.querySelector<HTMLSelectElement>('[data-rate]')!;
  const status = panel.querySelector<HTMLElement>('[data-read-aloud-status]')!;
  const synth = window.speechSynthesis;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const highlights =
    'highlights' in CSS ? (CSS as unknown as { highlights: Map<string, unknown> }).highlights : undefined;

  let chunks: Chunk[] = [];
  let index = 0;
  let state: 'stopped' | 'playing' | 'paused' = 'stopped';
  let generation = 0;

  const reveal = () => {
    panel.hidden = !chineseVoice();
  };
  reveal();
  synth.addEventListener?.('voiceschanged', reveal);

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

  function render() {
    play.textContent = state === 'paused' ? '继续朗读' : '朗读全文';
    play.disabled = state === 'playing';
    pause.disabled = state !== 'playing';
    stop.disabled = state === 'stopped';
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

  function finish(message: string) {
    generation++;
    synth.cancel();
    state = 'stopped';
    index = 0;
    mark(undefined);
    status.textContent = message;
    render();
  }

  play.addEventListener('click', () => {
    if (state === 'stopped') {
      chunks = chunksOf(text);
      index = 0;
    }
    state = 'playing';
    status.textContent = '开始朗读';
    render();
    synth.cancel();
    speak();
  });
  // Pausing cancels and resumes from the same sentence: Chrome's own pause() is unreliable.
  pause.addEventListener('click', () => {
    state = 'paused';
    generation++;
    synth.cancel();
    status.textContent = '已暂停';
    render();
  });
  stop.addEventListener('click', () => finish('已停止朗读'));
  rate.addEventListener('change', () => {
    if (state !== 'playing') return;
    generation++;
    synth.cancel();
    speak();
  });
  window.addEventListener('pagehide', () => synth.cancel());
  render();
}
