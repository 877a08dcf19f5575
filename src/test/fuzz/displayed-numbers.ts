import type { Estimate } from '../../domain/estimate';
import { memoryChartRows } from '../../ui/charts/chart-rows';
import { chartSummary } from '../../ui/charts/chart-summary';
import { parameterRows } from '../../ui/results/parameter-rows';
import { ruleOfThumbText } from '../../ui/results/rule-of-thumb-text';
import { verdictFigures } from '../../ui/results/verdict-figures';
import { scenarioSummary, verdictText } from '../../ui/results/verdict-text';
import { formatWorkValue } from '../../ui/results/work-values';

/** The path of every number inside `value` that is NaN or infinite. */
export function nonFiniteNumbers(value: unknown, path = '$', found: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nonFiniteNumbers(item, `${path}[${index}]`, found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value))
      nonFiniteNumbers(item, `${path}.${key}`, found);
  }
  return found;
}

/** Every sentence and figure the results regions show for an estimate, in both units. */
export function displayedText(e: Estimate): string {
  const texts: unknown[] = [scenarioSummary(e), parameterRows(e.params)];
  for (const unit of ['GB', 'GiB'] as const) {
    texts.push(verdictText(e, unit), verdictFigures(e, unit), ruleOfThumbText(e, unit));
    texts.push(chartSummary(memoryChartRows(e, unit)));
    for (const item of e.work) texts.push(item.values.map((value) => formatWorkValue(value, unit)));
  }
  // The user's own names may say anything, "NaN" included; only the app's words are checked.
  const names = [e.scenario.model.name, e.scenario.gpu.name].filter((name) => name !== '');
  let text = JSON.stringify(texts);
  for (const name of names) text = text.split(JSON.stringify(name).slice(1, -1)).join('«name»');
  return text;
}

/** What must never reach the screen: a number that is not one, or a value that was never filled in. */
export const UNREADABLE = /NaN|Infinity|∞|undefined|\[object /;
