import { screen } from '@testing-library/react';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { describe, expect, it } from 'vitest';
import { AdvancedSettings } from './advanced-settings';
import { GpuPicker } from './gpu-picker';
import { ModeSwitch } from './mode-switch';
import { ModelPicker } from './model-picker';
import { renderWithStore } from '../../test/render-with-store';
import { WorkloadForm } from './workload-form';

function renderAllInputs() {
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
  );
  for (const id of Object.keys(commits)) commits[id] = [];
  return { ...view, commits };
}

describe('input re-renders', () => {
  it('a slider step re-renders the workload form only', async () => {
    const { user, commits, scenario } = renderAllInputs();
    screen.getByRole('slider', { name: 'Batch size' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(scenario().batch).toBe(2);
    expect(Object.keys(commits).filter((id) => (commits[id]?.length ?? 0) > 0)).toEqual([
      'workload',
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
