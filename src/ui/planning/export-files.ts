import { analyse } from '../../domain/analysis';
import type { CalculatorState } from '../../state/calculator-store';
import { shareUrl } from '../../state/url/url-codec';
import { MIME } from './download';
import { estimateCsv } from './export-csv';
import { estimateJson } from './export-json';
import { estimateMarkdown } from './export-markdown';
import { exportStem } from './export-names';
import { batchSentence, seqLenSentence } from './fit-sentences';
import { planningData } from './planning-data';
import { speedText } from './speed-figures';

export type ExportKind = 'md' | 'csv' | 'json';

/** One file to save: its name, its text and its type. */
export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

/**
 * The file of one kind for the choices, or null while they cannot be estimated. Built on click from
 * the same functions the page renders with, so its numbers are the page's.
 */
export function exportFile(
  kind: ExportKind,
  state: CalculatorState,
  location: Pick<Location, 'origin' | 'pathname'>,
): ExportFile | null {
  const analysis = analyse(state.scenario);
  const { result } = analysis;
  if (!result.ok) return null;
  const e = result.estimate;
  const { unit } = state;
  const link = shareUrl(state, location);
  const name = `${exportStem(e)}.${kind}`;
  if (kind === 'csv') return { name, type: MIME.csv, text: estimateCsv(analysis.dtypes()) };
  if (kind === 'json')
    return {
      name,
      type: MIME.json,
      text: estimateJson({ scenario: state.scenario, unit, estimate: e, link }),
    };
  const data = planningData(e, unit, analysis.sweeps() ?? undefined);
  const fits = [batchSentence(e, data, unit), seqLenSentence(e, data, unit)];
  return {
    name,
    type: MIME.md,
    text: estimateMarkdown({ estimate: e, unit, link, fits, speed: speedText(e, unit) }),
  };
}
