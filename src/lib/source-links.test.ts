import { describe, expect, it } from 'vitest';
import { sourceParts } from './source-links';

describe('sourceParts', () => {
  it('links the method page by section and the papers by their arXiv page, in order', () => {
    expect(sourceParts('Korthikanti et al. 2022 §4, generalised in docs/method.md §5')).toEqual([
      { text: 'Korthikanti et al. 2022', href: 'https://arxiv.org/abs/2205.05198' },
      { text: ' §4, generalised in ' },
      { text: 'docs/method.md §5', href: 'method.html#section-5' },
    ]);
    expect(sourceParts('docs/method.md §1–§2')).toEqual([
      { text: 'docs/method.md §1–§2', href: 'method.html#section-1' },
    ]);
  });

  it('leaves text that names no document as it is', () => {
    expect(sourceParts('set by you')).toEqual([{ text: 'set by you' }]);
    expect(sourceParts('')).toEqual([]);
  });
});
