import { ACTIVATION_CONVENTIONS } from '../../domain/training/eager-activations';
import { FRAMEWORK_CHOICES, OFFLOAD_DEVICES } from '../../domain/training/frameworks';
import { ALLOCATOR_MARGIN_RANGE } from '../../domain/training/headroom';
import { scenarioField, URL_FIELDS, type UrlField } from './url-schema';
import { flag, formatFlag, formatUrlNumber, numberBetween, oneOf, wholeNumber } from './url-values';

const text = (value: string): string => value;

/** The training plan's fields in the link (docs/share-link.md), written after the others. */
const TRAINING_URL_FIELDS: readonly UrlField[] = [
  scenarioField('fw', 'framework', 'Training framework', oneOf(FRAMEWORK_CHOICES), text),
  scenarioField('oo', 'offloadOptimizer', 'Optimizer offload', oneOf(OFFLOAD_DEVICES), text),
  scenarioField('opa', 'offloadParams', 'Parameter offload', oneOf(OFFLOAD_DEVICES), text),
  scenarioField(
    'sac',
    'stateAccounting',
    'Model-state accounting',
    oneOf(['framework', 'deepspeed']),
    text,
  ),
  scenarioField(
    'act',
    'activationConvention',
    'Activation count',
    oneOf(ACTIVATION_CONVENTIONS),
    text,
  ),
  scenarioField(
    'am',
    'allocatorMargin',
    'Allocator margin',
    numberBetween(
      ALLOCATOR_MARGIN_RANGE.min,
      ALLOCATOR_MARGIN_RANGE.max,
      `a fraction from ${ALLOCATOR_MARGIN_RANGE.min} to ${ALLOCATOR_MARGIN_RANGE.max}`,
    ),
    formatUrlNumber,
  ),
  scenarioField(
    'tcp',
    'contextParallel',
    'Context-parallel size',
    wholeNumber(1, 1024),
    formatUrlNumber,
  ),
  scenarioField(
    'tep',
    'expertParallel',
    'Expert-parallel size',
    wholeNumber(1, 1024),
    formatUrlNumber,
  ),
  scenarioField('po', 'pagedOptimizer', 'Paged optimizer', flag, formatFlag),
  scenarioField('f8', 'fp8Training', 'FP8 training', flag, formatFlag),
  scenarioField('wn', 'wholeNodes', 'Whole nodes', flag, formatFlag),
];

/** Every field of the link in the order it writes them: the scenario's and the unit, then training's. */
export const LINK_FIELDS: readonly UrlField[] = [...URL_FIELDS, ...TRAINING_URL_FIELDS];
