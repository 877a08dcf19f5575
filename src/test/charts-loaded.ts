import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/** Lets the lazily loaded charts arrive, so no update lands after the test. */
export const chartsLoaded = () =>
  waitFor(() => expect(screen.queryAllByText('Loading chart…')).toHaveLength(0), {
    timeout: 10_000,
  });
