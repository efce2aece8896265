// Draws an SVG string onto a canvas in the page and answers the PNG as base64, for the map's PNG export.
import { dealmapIntl, messageRef, renderMessage, type MessageRef } from '../../shared/i18n';

/** Why the picture could not be made, as a message the export renders in the chosen language. */
export class MapPictureError extends Error {
  readonly problem: MessageRef;

  constructor(kind: 'no-size' | 'not-drawn' | 'no-canvas' | 'no-png') {
    const problem = messageRef(`exporting.picture.${kind}`);
    super(renderMessage(dealmapIntl('en'), problem));
    this.name = 'MapPictureError';
    this.problem = problem;
  }
}

/** Canvases much larger than this fail silently in some browsers; a huge map is drawn at a smaller scale. */
const MAX_SIDE_PX = 8192;

function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  if (!(width > 0 && height > 0)) throw new MapPictureError('no-size');
  return { width, height };
}

function loadImage(source: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new MapPictureError('not-drawn'));
    // A data: URL, as the page's policy allows images from data: and not from blob:.
    image.src = source;
  });
}

/** The PNG's bytes as base64, `scale` times the SVG's size (2 for sharp prints and high-density screens). */
export async function svgToPngBase64(svg: string, scale = 2): Promise<string> {
  const { width, height } = svgSize(svg);
  const factor = Math.min(scale, MAX_SIDE_PX / width, MAX_SIDE_PX / height);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * factor);
  canvas.height = Math.round(height * factor);
  const context = canvas.getContext('2d');
  if (!context) throw new MapPictureError('no-canvas');
  context.scale(factor, factor);
  context.drawImage(image, 0, 0, width, height);
  const url = canvas.toDataURL('image/png');
  if (!url.startsWith('data:image/png;base64,')) throw new MapPictureError('no-png');
  return url.slice('data:image/png;base64,'.length);
}
