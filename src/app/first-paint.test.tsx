import { act, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { firstPaintHtml } from './first-paint';
import { startPage } from './start-page';

const NO_LINK = new URL('http://localhost/') as unknown as Location;

/** A fresh #root holding `html`, as the built index.html gives it. */
function rootWith(html: string): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  root.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.append(root);
  return root;
}

/** What a reader sees first: the verdict, the chosen model and the chart's legend. */
function firstView(root: HTMLElement) {
  const answer = within(root).getByRole('region', { name: 'Answer' });
  const scenario = within(root).getByRole('region', { name: 'Scenario' });
  return {
    verdict: within(answer).getByRole('status').textContent,
    model: within(scenario).getByRole<HTMLSelectElement>('combobox', { name: 'Model' }).value,
    chartLegend: within(root).getByRole('list', { name: 'Chart legend' }).textContent,
  };
}

describe('the first paint written into index.html', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('draws the same first view as the live page of a visit without a link', async () => {
    const painted = firstView(rootWith(firstPaintHtml()));
    const live = rootWith('');
    await act(async () => startPage(live, NO_LINK));
    expect(painted.verdict?.length).toBeGreaterThan(20);
    expect(painted).toEqual(firstView(live));
  });

  it('is replaced, not added to, by the live page on its first commit', async () => {
    const root = rootWith(`<div class="first-paint" inert>${firstPaintHtml()}</div>`);
    expect(within(root).getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await act(async () => startPage(root, NO_LINK));
    expect(within(root).getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(within(root).getAllByRole('region', { name: 'Answer' })).toHaveLength(1);
  });

  it('colours the chart legend by class: the build leaves style attributes out of it', () => {
    const html = firstPaintHtml();
    const start = html.indexOf('aria-label="Chart legend"');
    const legend = html.slice(start, html.indexOf('</ul>', start));
    expect(start).toBeGreaterThan(0);
    expect(legend).not.toContain('style=');
    expect(legend).toContain('chart-swatch--weights');
  });
});
