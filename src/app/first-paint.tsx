import { renderToString } from 'react-dom/server';
import { decodeUrl } from '../state/url/url-codec';
import { createPage } from './page';

/**
 * The first view of a visit without a link (the verdict, the inputs, the chart's frame) as HTML,
 * drawn at build time into index.html so a phone paints it before any script has arrived. Regions
 * that load their script later are in it as their placeholders.
 */
export function firstPaintHtml(): string {
  return renderToString(createPage(decodeUrl('')).element);
}
