import type { ActivationConvention } from '../../domain/training/eager-activations';
import {
  FRAMEWORK_CHOICES,
  FRAMEWORK_RULES,
  type FrameworkChoice,
  type OffloadDevice,
} from '../../domain/training/frameworks';
import type { Scenario } from '../../domain/scenario';
import type { Choice } from '../primitives/select-field';

/** The option lists of the training-plan inputs, built once at load. */

export const FRAMEWORK_SELECT_CHOICES: readonly Choice<FrameworkChoice>[] = FRAMEWORK_CHOICES.map(
  (value) => ({
    value,
    label:
      value === 'auto'
        ? 'Search every framework'
        : `${FRAMEWORK_RULES[value].label} (${FRAMEWORK_RULES[value].setting})`,
  }),
);

export const OFFLOAD_CHOICES: readonly Choice<OffloadDevice>[] = [
  { value: 'none', label: 'None (stays on the GPU)' },
  { value: 'cpu', label: 'CPU memory' },
  { value: 'nvme', label: 'NVMe (DeepSpeed ZeRO-3)' },
];

export const STATE_ACCOUNTING_CHOICES: readonly Choice<Scenario['stateAccounting']>[] = [
  { value: 'framework', label: "Each framework's own rules" },
  {
    value: 'deepspeed',
    label: "DeepSpeed's estimator (18 bytes a parameter, largest layer gathered)",
  },
];

export const ACTIVATION_CONVENTION_CHOICES: readonly Choice<ActivationConvention>[] = [
  { value: 'eager', label: 'As PyTorch eager keeps them (Hugging Face modeling code)' },
  { value: 'paper', label: 'As the paper counts them (Korthikanti et al. 2022)' },
];
