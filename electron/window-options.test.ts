import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from './window-options';

// What sandbox, context isolation and no Node integration *do* shows only inside Electron, which cannot run
// here (its binary is not downloadable); the navigation, window and request rules are tested by behaviour
// in contents-restrictions.test.ts. This checks the checklist's switches, each one against its meaning.
describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/app/out/preload/preload.cjs');
  it.each([
    ['the page cannot reach the preload’s world', 'contextIsolation', true],
    ['the renderer runs sandboxed', 'sandbox', true],
    ['no Node in the page, its workers or its frames', 'nodeIntegration', false],
    ['no Node in workers', 'nodeIntegrationInWorker', false],
    ['no Node in sub-frames', 'nodeIntegrationInSubFrames', false],
    ['the same-origin policy holds', 'webSecurity', true],
    ['no http content in the app’s secure pages', 'allowRunningInsecureContent', false],
    ['no webviews', 'webviewTag', false],
    ['dropping a file does not navigate away', 'navigateOnDragDrop', false],
  ] as const)('%s (%s)', (_meaning, key, value) => {
    expect(preferences[key]).toBe(value);
  });
});

describe('mainWindowOptions', () => {
  it('uses the saved position and size, hidden until painted, with the secure preferences', () => {
    const options = mainWindowOptions({ x: 10, y: 20, width: 1000, height: 700, maximized: false }, '/p.cjs');
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });

  it('lets the OS place a window with no saved position', () => {
    const options = mainWindowOptions({ width: 1000, height: 700, maximized: true }, '/p.cjs');
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });
});
