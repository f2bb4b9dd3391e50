// Which Cytoscape renderer to use: the WebGL one only on a real GPU. Software
// WebGL (SwiftShader, llvmpipe) is slower than the plain canvas, so it is refused.
// And the switches set on the renderer as the view grows or shrinks.
import type { Core } from 'cytoscape';

/** Renderer names that mean WebGL runs on the CPU. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

/** Whether an unmasked renderer string names a hardware GPU. Pure, unit-tested. */
export function isHardwareRenderer(renderer: string | null | undefined): boolean {
  return Boolean(renderer && renderer.trim()) && !SOFTWARE.test(renderer!);
}

/** The unmasked GPU name through WEBGL_debug_renderer_info, or null where WebGL2 or the extension is missing. */
export function gpuRenderer(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : null;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/** Cytoscape's renderer option: WebGL (Cytoscape ≥ 3.31) on a real GPU, the 2D canvas otherwise. */
export function rendererOptions(): { name: 'canvas'; webgl?: boolean } {
  return isHardwareRenderer(gpuRenderer()) ? { name: 'canvas', webgl: true } : { name: 'canvas' };
}

/**
 * Init options of the renderer that it reads on every frame, set on it directly
 * as they must follow the view's size. Past a few hundred nodes, while the user
 * drags or zooms the view, Cytoscape moves a snapshot of the canvas rather than
 * redrawing everything each frame (a full draw of 1,000 labelled nodes takes
 * ~80 ms in software rendering); the kept picture (reveal.ts) is then drawn
 * again in slices when the gesture ends.
 */
export function snapshotWhileMoving(cy: Core, on: boolean): void {
  const renderer = (cy as unknown as { renderer?: () => Record<string, unknown> | undefined }).renderer?.();
  if (renderer && 'textureOnViewport' in renderer) renderer.textureOnViewport = on;
}

/** In the light style, edges are left out while the view moves and the canvas has one pixel per CSS pixel. */
export function lightRendering(cy: Core, on: boolean): void {
  const renderer = (cy as unknown as { renderer?: () => Record<string, unknown> | undefined }).renderer?.();
  if (!renderer || !('textureOnViewport' in renderer)) return;
  renderer.hideEdgesOnViewport = on;
  renderer.motionBlurEnabled = false;
  // One canvas pixel per CSS pixel on large views (a HiDPI screen would draw 4× the pixels).
  const ratio = on ? 1 : null;
  if (renderer.forcedPixelRatio !== ratio) {
    renderer.forcedPixelRatio = ratio;
    cy.resize();
  }
}
