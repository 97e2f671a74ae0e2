/**
 * Text for read-aloud (语音阅读), cut into utterances Chrome will speak whole: it silently
 * stops long utterances, so each chunk is one sentence, or a clause of a long sentence.
 */
export const MAX_UTTERANCE = 80;

export function speechChunks(text: string, max = MAX_UTTERANCE): string[] {
  const chunks: string[] = [];
  const sentences = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[。！？；!?;])/u);
  for (const sentence of sentences) {
    let rest = sentence.trim();
    while (rest.length > max) {
      // Prefer to cut after a comma or enumeration mark within the limit; else cut hard.
      const window = rest.slice(0, max);
      const cut = Math.max(
        window.lastIndexOf('，'),
        window.lastIndexOf(','),
        window.lastIndexOf('、'),
        window.lastIndexOf('：'),
        window.lastIndexOf(':'),
      );
      const at = cut >= max / 3 ? cut + 1 : max;
      chunks.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    if (rest) chunks.push(rest);
  }
  return chunks;
}
