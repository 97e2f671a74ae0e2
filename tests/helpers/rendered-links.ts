import { Parser } from 'htmlparser2';

/**
 * Addresses a capture could carry that must never become a link: script and data schemes, in the
 * spellings a browser still runs (any case, leading spaces or control characters). The schema
 * refuses them all; render-side tests hand them to components directly, as a path into the
 * collection that skipped the schema would.
 */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  '\tjavascript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

/** Every attribute of every element, values decoded as a browser decodes them. */
export function attributes(html: string): Array<{ tag: string; name: string; value: string }> {
  const found: Array<{ tag: string; name: string; value: string }> = [];
  let tag = '';
  const parser = new Parser(
    {
      onopentagname: (name) => {
        tag = name;
      },
      onattribute: (name, value) => found.push({ tag, name, value }),
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return found;
}

/**
 * Attributes a browser would read as a script or data address: the scheme as the URL parser sees
 * it (leading C0 controls and spaces stripped, tabs and newlines inside removed, any case).
 */
export function runnableAttributes(html: string): string[] {
  return attributes(html)
    .filter(({ value }) =>
      /^(?:javascript|data|vbscript):/i.test(value.replace(/^[\0-\x20]+/, '').replace(/[\t\n\r]/g, '')),
    )
    .map(({ tag, name, value }) => `<${tag} ${name}="${value}">`);
}

/** The href of every `<a>`, decoded. */
export function linkTargets(html: string): string[] {
  return attributes(html)
    .filter(({ tag, name }) => tag === 'a' && name === 'href')
    .map(({ value }) => value);
}
