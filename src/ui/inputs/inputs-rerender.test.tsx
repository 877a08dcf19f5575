import { screen } from '@testing-library/react';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { describe, expect, it } from 'vitest';
import { AdvancedSettings } from './advanced-settings';
import { GpuPicker } from './gpu-picker';
import { ModeSwitch } from './mode-switch';
import { ModelPicker } from './model-picker';
import { renderWithStore } from '../../test/render-with-store';
import type { Scenario } from '../../domain/scenario';
import { chosenLayout } from './chosen-layout';
import { WorkloadForm } from './workload-form';

function renderAllInputs(scenario: Partial<Scenario> = {}) {
  const commits: Record<string, number[]> = {};
  const onRender: ProfilerOnRenderCallback = (id, _phase, actualDuration) => {
    (commits[id] ??= []).push(actualDuration);
  };
  const view = renderWithStore(
    <>
      <Profiler id="model" onRender={onRender}>
        <ModelPicker />
      </Profiler>
      <Profiler id="mode" onRender={onRender}>
        <ModeSwitch />
      </Profiler>
      <Profiler id="gpu" onRender={onRender}>
        <GpuPicker />
      </Profiler>
      <Profiler id="workload" onRender={onRender}>
        <WorkloadForm />
      </Profiler>
      <Profiler id="advanced" onRender={onRender}>
        <AdvancedSettings />
      </Profiler>
    </>,
    scenario,
  );
  for (const id of Object.keys(commits)) commits[id] = [];
  return { ...view, commits };
}

describe('input re-renders', () => {
  it('a slider step re-renders the workload form only, while the automatic layout stays the same', async () => {
    // Llama-2-7B inference fits on one H100 at batch 1 and 2.
    const { user, commits, scenario } = renderAllInputs({ mode: 'inference', gpu: 'h100-80gb' });
    screen.getByRole('slider', { name: 'Batch size' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(scenario().batch).toBe(2);
    expect(Object.keys(commits).filter((id) => (commits[id]?.length ?? 0) > 0)).toEqual([
      'workload',
    ]);
  });

  it('a slider step that changes the automatic layout re-renders the layout boxes too', async () => {
    const { user, commits, scenario } = renderAllInputs();
    const before = chosenLayout(scenario());
    screen.getByRole('slider', { name: 'Batch size' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(chosenLayout(scenario())).not.toEqual(before);
    expect(Object.keys(commits).filter((id) => (commits[id]?.length ?? 0) > 0)).toEqual([
      'workload',
      'advanced',
    ]);
  });

  it('a typed overhead re-renders the advanced settings only', async () => {
    const { user, commits } = renderAllInputs();
    await user.type(screen.getByRole('spinbutton', { name: 'Runtime overhead per GPU' }), '5');
    expect(Object.keys(commits).filter((id) => (commits[id]?.length ?? 0) > 0)).toEqual([
      'advanced',
    ]);
  });
});
