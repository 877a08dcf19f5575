/** A piece of a source's text, linked where it names a document that has an address. */
export interface SourcePart {
  text: string;
  href?: string;
}

/**
 * Documents sources name, by the words that name them, with their address. The method page's
 * sections are linked by number (`method.html#section-6`), the papers by their arXiv page.
 */
const CITATIONS: readonly [RegExp, string][] = [
  [/Rajbhandari et al\. 2019|ZeRO paper/, 'https://arxiv.org/abs/1910.02054'],
  [/Korthikanti et al\. 2022/, 'https://arxiv.org/abs/2205.05198'],
  [/Kwon et al\. 2023|PagedAttention/, 'https://arxiv.org/abs/2309.06180'],
  [/Hu et al\. 2021/, 'https://arxiv.org/abs/2106.09685'],
  [/Dettmers et al\. 2023|QLoRA paper/, 'https://arxiv.org/abs/2305.14314'],
  [/Dettmers et al\. 2021|8-bit Optimizers/, 'https://arxiv.org/abs/2110.02861'],
  [/Shazeer (?:and|&) Stern 2018|Adafactor paper/, 'https://arxiv.org/abs/1804.04235'],
  [/Dao et al\. 2022|FlashAttention/, 'https://arxiv.org/abs/2205.14135'],
];

const METHOD_SECTION = /docs\/method\.md §(\d+)(?:–§\d+)?/;

/** The first document named in `text`, where it starts and ends, and its address. */
function firstCitation(text: string): { start: number; end: number; href: string } | null {
  let best: { start: number; end: number; href: string } | null = null;
  const consider = (match: RegExpExecArray | null, href: string) => {
    if (match && (best === null || match.index < best.start))
      best = { start: match.index, end: match.index + match[0].length, href };
  };
  const section = METHOD_SECTION.exec(text);
  if (section) consider(section, `method.html#section-${section[1]}`);
  for (const [pattern, href] of CITATIONS) consider(pattern.exec(text), href);
  return best;
}

/** A source's text split into plain and linked parts, in order. */
export function sourceParts(text: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let rest = text;
  for (let found = firstCitation(rest); found; found = firstCitation(rest)) {
    if (found.start > 0) parts.push({ text: rest.slice(0, found.start) });
    parts.push({ text: rest.slice(found.start, found.end), href: found.href });
    rest = rest.slice(found.end);
  }
  if (rest !== '') parts.push({ text: rest });
  return parts;
}
