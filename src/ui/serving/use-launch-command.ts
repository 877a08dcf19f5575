import type { Estimate } from '../../domain/estimate';
import { findModelPreset } from '../../domain/presets/models';
import { launchCommand, presetRepository } from '../../domain/serving/launch-command';
import { useCalculator } from '../../state/react/calculator-context';

/**
 * The launch command for an estimate, naming the model as the engine would load it: the imported
 * Hub id, a preset's Hub repository, or else the model's name.
 */
export function useLaunchCommand(e: Estimate | null): string | null {
  const hubId = useCalculator((state) => state.hubSource?.repoId ?? null);
  if (!e) return null;
  const preset = e.scenario.modelPresetId ? findModelPreset(e.scenario.modelPresetId) : undefined;
  const model = hubId ?? presetRepository(preset) ?? e.scenario.model.name;
  return launchCommand(e, model);
}
