import { bench, describe } from 'vitest';
import { analyse } from '../analysis';
import { estimate } from '../estimate';
import { freshScenario } from '../scenario';
import { ENGINES } from './engines';
import { launchCommand } from './launch-command';
import { SERVING_ISSUE_CASE } from '../../test/scenario-fixtures';

/**
 * The serving planner on the issue's case (Llama-3.1-70B on H100s, 16 requests of 8k + 1k): one
 * estimate per engine (the layout search runs each engine's rules at every size it tries), and
 * what a slider step in inference mode asks of the engine: the estimate, both solvers and their
 * curves, and the launch command. The target is a small share of a 16 ms frame.
 */
describe('one inference estimate by engine', () => {
  for (const engine of ENGINES) {
    const scenario = freshScenario({ ...SERVING_ISSUE_CASE, engine });
    bench(engine, () => {
      estimate(scenario);
    });
  }
});

describe('a slider step in inference mode (vLLM)', () => {
  let seqLen = 8192;
  bench('estimate, solvers, curves and launch command', () => {
    seqLen = seqLen === 8192 ? 8193 : 8192;
    const analysis = analyse(freshScenario({ ...SERVING_ISSUE_CASE, seqLen }));
    analysis.sweeps();
    if (analysis.result.ok) launchCommand(analysis.result.estimate, 'meta-llama/Llama-3.1-70B');
  });
});
