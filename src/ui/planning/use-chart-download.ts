import { useState, type RefObject } from 'react';
import { downloadBlob, downloadText, MIME } from './download';
import { standaloneSvg, svgToPng } from './svg-export';

/**
 * Saves the chart drawn inside `frame` as SVG or PNG. The chart's script loads lazily, so a click
 * before it has drawn says so instead of saving an empty file.
 */
export function useChartDownload(
  frame: RefObject<HTMLElement | null>,
  title: string,
  stem: string,
) {
  const [problem, setProblem] = useState<string | null>(null);

  function drawn(): { svg: SVGSVGElement; text: string; width: number; height: number } | null {
    const svg = frame.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) {
      setProblem('The chart has not been drawn yet; try again in a moment.');
      return null;
    }
    const box = svg.getBoundingClientRect();
    const width = Math.round(box.width) || 640;
    const height = Math.round(box.height) || 300;
    const card = frame.current?.closest('.card') ?? document.body;
    const background = getComputedStyle(card).backgroundColor;
    setProblem(null);
    return { svg, width, height, text: standaloneSvg(svg, { title, background, width, height }) };
  }

  return {
    problem,
    saveSvg() {
      const chart = drawn();
      if (chart) downloadText(chart.text, `${stem}.svg`, MIME.svg);
    },
    async savePng() {
      const chart = drawn();
      if (!chart) return;
      try {
        downloadBlob(await svgToPng(chart.text, chart.width, chart.height), `${stem}.png`);
      } catch (error) {
        setProblem(`The PNG could not be made: ${(error as Error).message}`);
      }
    },
  };
}
