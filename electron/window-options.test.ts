import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from './window-options';

describe('secureWebPreferences', () => {
  it('keeps the renderer sandboxed, isolated and without Node', () => {
    expect(secureWebPreferences('/app/out/preload/preload.cjs')).toEqual({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    });
  });
});

describe('mainWindowOptions', () => {
  it('uses the saved position and size, hidden until painted', () => {
    const options = mainWindowOptions({ x: 10, y: 20, width: 1000, height: 700, maximized: false }, '/p.cjs');
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    expect(options.webPreferences?.sandbox).toBe(true);
  });

  it('lets the OS place a window with no saved position', () => {
    const options = mainWindowOptions({ width: 1000, height: 700, maximized: true }, '/p.cjs');
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });
});
