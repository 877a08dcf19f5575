import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/render-with-store';
import { TrainingPlans } from './training-plans';

describe('TrainingPlans', () => {
  it('lists every framework’s plan, the step of the plan in force, and DeepSpeed’s estimate on request', async () => {
    const { user } = renderWithStore(<TrainingPlans />, {
      model: 'llama-3.1-8b',
      gpu: 'a100-80gb',
      mode: 'finetune',
      finetuneMethod: 'full',
    });
    const section = screen.getByRole('region', { name: 'Training plans' });
    const plans = within(section).getByRole('table', { name: /smallest plan, best first/ });
    const current = within(plans)
      .getAllByRole('row')
      .find((row) => row.getAttribute('aria-current') === 'true')!;
    expect(current).toHaveTextContent(/FSDP shard grad op \(the verdict's plan\)/);
    expect(
      within(plans).getByText(
        '--tensor-model-parallel-size, --pipeline-model-parallel-size, --use-distributed-optimizer',
      ),
    ).toBeInTheDocument();

    const step = within(section).getByRole('table', { name: /One training step per GPU/ });
    expect(within(step).getAllByRole('row')).toHaveLength(4);
    expect(within(step).getByText('the peak')).toBeInTheDocument();
    expect(
      within(section).getByRole('img', { name: /^Bar chart of one training step/ }),
    ).toBeInTheDocument();

    expect(
      screen.queryByRole('table', { name: /DeepSpeed's model-state estimate/ }),
    ).not.toBeInTheDocument();
    await user.click(within(section).getByText("DeepSpeed's estimator beside ours"));
    expect(
      await screen.findByRole('table', { name: /DeepSpeed's model-state estimate and ours/ }),
    ).toBeInTheDocument();
  });

  it('shows nothing for inference', () => {
    renderWithStore(<TrainingPlans />, { mode: 'inference' });
    expect(screen.queryByRole('region', { name: 'Training plans' })).not.toBeInTheDocument();
  });
});
