import type { Layout } from '../domain/layout';
import { FRAMEWORK_RULES, type OffloadDevice } from '../domain/training/frameworks';
import { formatInteger } from './format';

const DEVICE_NAMES: Readonly<Record<Exclude<OffloadDevice, 'none'>, string>> = {
  cpu: 'CPU',
  nvme: 'NVMe',
};

/** The offload in words: "optimizer offload to CPU", "optimizer and parameter offload to NVMe". */
export function offloadName(optimizer: OffloadDevice, params: OffloadDevice): string | null {
  if (optimizer === 'none' && params === 'none') return null;
  if (optimizer !== 'none' && params !== 'none' && optimizer === params)
    return `optimizer and parameter offload to ${DEVICE_NAMES[optimizer]}`;
  const parts: string[] = [];
  if (optimizer !== 'none') parts.push(`optimizer offload to ${DEVICE_NAMES[optimizer]}`);
  if (params !== 'none') parts.push(`parameter offload to ${DEVICE_NAMES[params]}`);
  return parts.join(', ');
}

/**
 * A training plan in the words of its framework: "FSDP full shard", "Megatron-LM TP 8 × PP 8",
 * "DeepSpeed ZeRO-3 with context parallel 4"; one GPU needs no framework, "one GPU".
 */
export function planName(layout: Layout): string {
  const framework = layout.framework ?? 'ddp';
  const { tensorParallel: t, pipelineParallel: pp, dataParallel: dp } = layout;
  const cp = layout.contextParallel ?? 1;
  const ep = layout.expertParallel ?? 1;
  if (t * pp * dp * cp === 1) return 'one GPU';
  const rules = FRAMEWORK_RULES[framework];
  const splits: string[] = [];
  if (t > 1) splits.push(`TP ${formatInteger(t)}`);
  if (pp > 1) splits.push(`PP ${formatInteger(pp)}`);
  if ((t > 1 || pp > 1) && dp > 1) splits.push(`DP ${formatInteger(dp)}`);
  const separator = rules.modelParallel ? ' ' : ', ';
  let name = splits.length > 0 ? `${rules.label}${separator}${splits.join(' × ')}` : rules.label;
  const extras: string[] = [];
  if (layout.sequenceParallel && t > 1) extras.push('sequence parallel');
  if (cp > 1) extras.push(`context parallel ${formatInteger(cp)}`);
  if (ep > 1) extras.push(`expert parallel ${formatInteger(ep)}`);
  if (extras.length > 0) name += ` with ${extras.join(', ')}`;
  return name;
}
