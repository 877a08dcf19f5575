import { describe, expect, it } from 'vitest';
import { standaloneSvg } from './svg-export';

const NS = 'http://www.w3.org/2000/svg';

function chart(): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'recharts-surface');
  const area = document.createElementNS(NS, 'path');
  area.setAttribute('fill', 'var(--chart-weights)');
  const label = document.createElementNS(NS, 'text');
  label.textContent = 'Usable capacity 25.8 GB';
  svg.append(area, label);
  return svg;
}

/** The page's computed style, as a browser would resolve the CSS variables. */
const COMPUTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  path: { fill: 'rgb(0, 114, 178)' },
  text: { fill: 'rgb(26, 29, 33)', 'font-size': '13px' },
};
const computed = (element: Element) => ({
  getPropertyValue: (name: string) => COMPUTED[element.tagName]?.[name] ?? '',
});

describe('standaloneSvg', () => {
  it('writes the computed colours as attributes, adds a title and a background, and leaves the page’s chart alone', () => {
    const svg = chart();
    const text = standaloneSvg(
      svg,
      {
        title: 'Memory against batch size',
        background: 'rgb(245, 247, 250)',
        width: 640,
        height: 300,
      },
      computed,
    );
    const file = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(file.querySelector('parsererror')).toBeNull();
    const root = file.documentElement;
    expect(root.getAttribute('xmlns')).toBe(NS);
    expect([
      root.getAttribute('width'),
      root.getAttribute('height'),
      root.getAttribute('viewBox'),
    ]).toEqual(['640', '300', '0 0 640 300']);
    expect(root.querySelector('title')?.textContent).toBe('Memory against batch size');
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('rgb(245, 247, 250)');
    expect(root.querySelector('path')?.getAttribute('fill')).toBe('rgb(0, 114, 178)');
    expect(text).not.toContain('var(');
    expect(root.querySelector('text')?.getAttribute('fill')).toBe('rgb(26, 29, 33)');
    expect(root.querySelector('text')?.getAttribute('font-size')).toBe('13px');
    expect(text).not.toContain('style=');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(svg.querySelector('path')?.getAttribute('fill')).toBe('var(--chart-weights)');
    expect(svg.querySelector('title')).toBeNull();
  });
});
