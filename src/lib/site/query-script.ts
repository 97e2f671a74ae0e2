/** A reader's query in Simplified: Traditional-only characters replaced one by one. */
export function simplifyQuery(query: string, map: { from: string; to: string }): string {
  const from = [...map.from];
  const to = [...map.to];
  const table = new Map(from.map((char, i) => [char, to[i]!]));
  return [...query].map((char) => table.get(char) ?? char).join('');
}
