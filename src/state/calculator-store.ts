import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GpuSpec } from '../domain/gpu';
import type { ModelSpec } from '../domain/model';
import { findGpuPreset } from '../domain/presets/gpus';
import { findModelPreset } from '../domain/presets/models';
import { DEFAULT_SCENARIO, type Scenario } from '../domain/scenario';

export type UnitSystem = 'GB' | 'GiB';

/** What the user chose: the scenario the engine takes, plus how numbers are shown. Derived numbers are never stored. */
export interface CalculatorState {
  scenario: Scenario;
  unit: UnitSystem;
}

export interface CalculatorActions {
  /** Set one scenario field; the value is stored as given and the engine's validation reports problems. */
  setField: <K extends keyof Scenario>(key: K, value: Scenario[K]) => void;
  applyModelPreset: (id: string) => void;
  applyGpuPreset: (id: string) => void;
  /** Switch to a custom architecture, starting from the current model. */
  setCustomModel: (model: ModelSpec) => void;
  setCustomGpu: (gpu: GpuSpec) => void;
  /** Replace the whole scenario (from a share link or an import). */
  replaceScenario: (scenario: Scenario) => void;
  setUnit: (unit: UnitSystem) => void;
  reset: () => void;
}

export type CalculatorStore = StoreApi<CalculatorState & CalculatorActions>;

/** A fresh store; each test and each page load gets its own. */
export function createCalculatorStore(initial: Partial<CalculatorState> = {}): CalculatorStore {
  return createStore<CalculatorState & CalculatorActions>()((set) => ({
    scenario: { ...DEFAULT_SCENARIO, loraTargets: [...DEFAULT_SCENARIO.loraTargets] },
    unit: 'GB',
    ...initial,
    setField: (key, value) => set((state) => ({ scenario: { ...state.scenario, [key]: value } })),
    applyModelPreset: (id) => {
      if (findModelPreset(id)) set((state) => ({ scenario: { ...state.scenario, model: id } }));
    },
    applyGpuPreset: (id) => {
      if (findGpuPreset(id)) set((state) => ({ scenario: { ...state.scenario, gpu: id } }));
    },
    setCustomModel: (model) => set((state) => ({ scenario: { ...state.scenario, model } })),
    setCustomGpu: (gpu) => set((state) => ({ scenario: { ...state.scenario, gpu } })),
    replaceScenario: (scenario) => set({ scenario }),
    setUnit: (unit) => set({ unit }),
    reset: () => set({ scenario: { ...DEFAULT_SCENARIO, loraTargets: [...DEFAULT_SCENARIO.loraTargets] } }),
  }));
}
