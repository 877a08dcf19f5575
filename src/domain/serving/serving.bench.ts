import { bench, describe } from 'vitest';
import { analyse } from '../analysis';
import { estimate } from '../estimate';
import { freshScenario, type Scenario } from '../scenario';
import { ENGINES } from './engines';
import { launchCommand } from './launch-command';

/**
 * The serving planner on the issue's case (Llama-3.1-70B on H100s, 16 requests of 8k + 1k): one
 * estimate per engine (the layout search runs each engine's rules at every size it tries), and
 * what a slider step in inference mode asks of the engine: the estimate, both solvers and their
 * curves, and the launch command. The target is a small share of a 16 ms frame.
 */
const issueCase: Partial<Scenario> = {
  mode: 'inference',
  model: 'llama-3.1-70b',
  gpu: 'h100-80gb',
  batch: 16,
  seqLen: 8192,
  generatedTokens: 1024,
};

describe('one inference estimate by engine', () => {
  for (const engine of ENGINES) {
    const scenario = freshScenario({ ...issueCase, engine });
    bench(engine, () => {
      estimate(scenario);
    });
  }
});

describe('a slider step in inference mode (vLLM)', () => {
  let seqLen = 8192;
  bench('estimate, solvers, curves and launch command', () => {
    seqLen = seqLen === 8192 ? 8193 : 8192;
    const analysis = analyse(freshScenario({ ...issueCase, seqLen }));
    analysis.sweeps();
    if (analysis.result.ok) launchCommand(analysis.result.estimate, 'meta-llama/Llama-3.1-70B');
  });
});
