/**
 * Presentation properties copied from the page's computed style onto each element of an exported
 * chart: the page colours its charts with CSS variables, which mean nothing in a file on its own.
 * Each is also an SVG presentation attribute of the same name.
 */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

type StyleOf = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/**
 * A standalone SVG document of a chart drawn on the page: every element carries its computed
 * colours and fonts as attributes, a background rectangle fills the canvas, and the title names it.
 */
export function standaloneSvg(
  svg: SVGSVGElement,
  {
    title,
    background,
    width,
    height,
  }: { title: string; background: string; width: number; height: number },
  styleOf: StyleOf = (element) => getComputedStyle(element),
): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!target) return;
    // Presentation attributes, not a style attribute: the page's Content Security Policy blocks
    // inline style attributes, and they mean the same in the file.
    target.removeAttribute('style');
    for (const attribute of [...target.attributes]) {
      if (attribute.value.includes('var(')) target.removeAttribute(attribute.name);
    }
    const style = styleOf(original);
    for (const name of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(name);
      if (value !== '') target.setAttribute(name, value);
    }
  });
  const ns = 'http://www.w3.org/2000/svg';
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.removeAttribute('class');
  const backdrop = document.createElementNS(ns, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  const heading = document.createElementNS(ns, 'title');
  heading.textContent = title;
  copy.prepend(heading, backdrop);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** Draws a standalone SVG onto a canvas at `scale` × its size and encodes it as PNG. */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
      'image/png',
    );
  });
}
