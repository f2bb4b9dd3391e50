// Which Cytoscape renderer to use: the WebGL one only on a real GPU. Software
// WebGL (SwiftShader, llvmpipe) is slower than the plain canvas, so it is refused.

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
