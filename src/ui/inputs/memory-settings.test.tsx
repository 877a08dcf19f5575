import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemorySettings } from './memory-settings';
import { renderWithStore } from '../../test/render-with-store';
import { UnitSwitch } from './unit-switch';

const box = (name: string) => screen.getByRole('spinbutton', { name });
const says = (text: string) => expect.stringContaining(text);

async function enter(user: ReturnType<typeof renderWithStore>['user'], name: string, text: string) {
  await user.clear(box(name));
  await user.type(box(name), text);
}

describe('MemorySettings messages', () => {
  it('says what is wrong with the safety margin in %', async () => {
    const { user, scenario } = renderWithStore(<MemorySettings isInference={false} />);
    expect(box('Safety margin')).toHaveAccessibleDescription(
      says('Share of each GPU kept free, 0 to 90 % (the engine stores 0 to 0.9).'),
    );
    await enter(user, 'Safety margin', '95');
    expect(scenario().safetyMargin).toBe(0.95);
    expect(box('Safety margin')).toHaveAttribute('aria-invalid', 'true');
    expect(box('Safety margin')).toHaveAccessibleDescription(
      says('Safety margin must be from 0 to 90 %, got 95 %'),
    );
    await enter(user, 'Safety margin', '90');
    expect(box('Safety margin')).not.toHaveAttribute('aria-invalid');
  });

  it('never rounds a value over the limit to the limit itself', async () => {
    const { user } = renderWithStore(<MemorySettings isInference={false} />);
    await enter(user, 'Safety margin', '90.001');
    expect(box('Safety margin')).toHaveAccessibleDescription(
      says('Safety margin must be from 0 to 90 %, got more than 90 %'),
    );
    await enter(user, 'Utilisation', '0.9999');
    expect(box('Utilisation')).toHaveAccessibleDescription(
      says('Utilisation must be from 1 to 100 %, got less than 1 %'),
    );
  });

  it('says the utilisation range in %, and leaves out a value too long to print', async () => {
    const { user } = renderWithStore(<MemorySettings isInference={false} />);
    await enter(user, 'Utilisation', '0.5');
    expect(box('Utilisation')).toHaveAccessibleDescription(
      says('Utilisation must be from 1 to 100 %, got 0.5 %'),
    );
    await enter(user, 'Utilisation', '1e300');
    expect(box('Utilisation')).toHaveAccessibleDescription(
      says('Utilisation must be from 1 to 100 %'),
    );
    expect(document.body).not.toHaveTextContent(/got|0{20}|NaN|Infinity/);
  });

  it('says what is wrong with the overhead in GB, and in GiB after the unit switch', async () => {
    const { user, scenario } = renderWithStore(
      <>
        <UnitSwitch />
        <MemorySettings isInference={false} />
      </>,
      {},
      { unit: 'GB' },
    );
    await enter(user, 'Runtime overhead per GPU', '-1');
    expect(scenario().overheadBytes).toBe(-1e9);
    expect(box('Runtime overhead per GPU')).toHaveAccessibleDescription(
      says('Runtime overhead per GPU must be from 0 to 1,000,000 GB, got -1 GB'),
    );
    await user.click(screen.getByRole('radio', { name: 'GiB' }));
    expect(box('Runtime overhead per GPU')).toHaveAccessibleDescription(
      says('Runtime overhead per GPU must be from 0 to 931,323 GiB, got -0.931 GiB'),
    );
    await enter(user, 'Runtime overhead per GPU', '-1');
    expect(scenario().overheadBytes).toBe(-(2 ** 30));
    expect(box('Runtime overhead per GPU')).toHaveAccessibleDescription(
      says('Runtime overhead per GPU must be from 0 to 931,323 GiB, got -1 GiB'),
    );
  });
});
