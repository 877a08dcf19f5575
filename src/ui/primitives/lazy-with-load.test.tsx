import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyWithLoad } from './lazy-with-load';

const chartScript = () => Promise.resolve({ Chart: () => <p>Chart</p> });

describe('lazyWithLoad', () => {
  it('draws at its first render, without suspending, once its script has been fetched', async () => {
    const chart = lazyWithLoad(chartScript, (module) => module.Chart);
    await chart.load();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <chart.Component />
      </Suspense>,
    );
    expect(screen.getByText('Chart')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });

  it('suspends until its script comes when it is drawn before being fetched', async () => {
    const chart = lazyWithLoad(chartScript, (module) => module.Chart);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <chart.Component />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Chart')).toBeInTheDocument();
  });
});
