import { act, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { firstPaintHtml } from './first-paint';
import { startPage } from './start-page';

/** A fresh #root holding `html`, as the built index.html gives it. */
function rootWith(html: string): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** What a reader sees first: the verdict's headline, figures and the scenario's inputs. */
function firstView(root: HTMLElement) {
  const answer = within(root).getByRole('region', { name: 'Answer' });
  const scenario = within(root).getByRole('region', { name: 'Scenario' });
  return {
    verdict: within(answer).getByRole('status').textContent,
    model: (within(scenario).getByRole('combobox', { name: 'Model' }) as HTMLSelectElement).value,
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
    await act(async () => startPage(live, new URL('http://localhost/') as unknown as Location));
    expect(painted.verdict?.length).toBeGreaterThan(20);
    expect(painted).toEqual(firstView(live));
  });

  it('is replaced, not added to, by the live page on its first commit', async () => {
    const root = rootWith(`<div class="first-paint" inert>${firstPaintHtml()}</div>`);
    await act(async () => startPage(root, new URL('http://localhost/') as unknown as Location));
    expect(root.querySelector('.first-paint')).toBeNull();
    expect(within(root).getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('colours the chart legend by class: the build leaves style attributes out of the first paint', () => {
    const html = firstPaintHtml();
    const legend = rootWith(html).querySelector('[aria-label="Chart legend"]');
    expect(legend?.querySelector('[style]')).toBeNull();
    expect(legend?.querySelectorAll('.chart-swatch--weights')).toHaveLength(1);
  });
});
