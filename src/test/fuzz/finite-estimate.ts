import { expect } from 'vitest';
import type { Estimate } from '../../domain/estimate';
import { displayedText, nonFiniteNumbers, UNREADABLE } from './displayed-numbers';

/** 0 (or -0, which a link may spell), or so small (5e-324) that dividing by it overflows. */
const vanishing = (value: number): boolean => value < 1e-200;

/**
 * Where the engine may answer Infinity, and why: a custom GPU may state 0 or a vanishing number for
 * its label or its throughput (the link and validateGpu accept both), and the rule of thumb and
 * the times divide by them. The formatters show these as "—", never as a number.
 */
function allowedInfinities(e: Estimate): RegExp[] {
  const gpu = e.scenario.gpu;
  const allowed: RegExp[] = [];
  if (vanishing(gpu.labelGB)) allowed.push(/^\$\.ruleOfThumb\./);
  if (vanishing(gpu.peakFlops)) {
    allowed.push(
      /^\$\.speed\.(timeToFirstTokenSeconds|stepSeconds|totalTrainingSeconds|gpuHours|prefillAllSeconds) = -?Infinity$/,
      /^\$\.serving\.speed\.(stepSeconds|firstTokenAloneSeconds|prefillAllSeconds) = Infinity$/,
    );
  }
  // A bandwidth of 0 is "not stated": a decode step then takes no known time.
  // Prefill is never faster than reading the weights, which then takes no known time either.
  if (vanishing(gpu.bandwidthBytesPerSecond))
    allowed.push(
      /^\$\.serving\.speed\.(stepSeconds|firstTokenAloneSeconds|prefillAllSeconds) = Infinity$/,
      /^\$\.speed\.(timeToFirstTokenSeconds|prefillAllSeconds) = Infinity$/,
    );
  return allowed;
}

/** Every number of a valid scenario's estimate is finite, and nothing on screen reads NaN or Infinity. */
export function expectDisplayableEstimate(e: Estimate): void {
  const allowed = allowedInfinities(e);
  // The scenario is the input echoed back; its numbers were validated, its other values are not outputs.
  const unexpected = nonFiniteNumbers({ ...e, scenario: null }).filter(
    (path) => !allowed.some((rule) => rule.test(path)),
  );
  expect(unexpected).toEqual([]);
  expect(displayedText(e)).not.toMatch(UNREADABLE);
}
