import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isTrustedIpcSender, rendererUrlCheck } from '../../electron/desktop/trusted-url.js';

describe('our own renderer, on Linux and macOS', () => {
  const isOurs = rendererUrlCheck('/opt/Holdfast/resources/app.asar/dist/renderer', 'linux');

  it('trusts the built page and the files beside it', () => {
    expect(isOurs('file:///opt/Holdfast/resources/app.asar/dist/renderer/index.html')).toBe(true);
    expect(isOurs('file:///opt/Holdfast/resources/app.asar/dist/renderer/assets/index-3f2a.js')).toBe(true);
  });

  it('trusts the page whatever its query or fragment', () => {
    expect(isOurs('file:///opt/Holdfast/resources/app.asar/dist/renderer/index.html#/incidents/42?tab=timeline')).toBe(true);
  });

  it('trusts a path that the URL parser normalises back inside the folder', () => {
    expect(isOurs('file:///opt/Holdfast/resources/app.asar/dist/renderer/assets/../index.html')).toBe(true);
  });

  it('refuses a folder whose name only starts like ours', () => {
    expect(isOurs('file:///opt/Holdfast/resources/app.asar/dist/renderer-evil/index.html')).toBe(false);
    expect(isOurs('file:///opt/Holdfast/resources/app.asar/dist/rendererx')).toBe(false);
  });

  it('refuses climbing out of the folder, plainly or percent-encoded', () => {
    expect(isOurs('file:///opt/Holdfast/resources/app.asar/dist/renderer/../../../../../etc/passwd')).toBe(false);
    expect(isOurs('file:///opt/Holdfast/resources/app.asar/dist/renderer/%2e%2e/secrets.html')).toBe(false);
    expect(isOurs('file:///opt/Holdfast/resources/app.asar/dist/renderer/..%2f..%2fsecrets.html')).toBe(false);
  });

  it('refuses the folder itself, which is not a page', () => {
    expect(isOurs('file:///opt/Holdfast/resources/app.asar/dist/renderer')).toBe(false);
    expect(isOurs('file:///opt/Holdfast/resources/app.asar/dist/renderer/')).toBe(false);
  });

  it('refuses other files on the disk', () => {
    expect(isOurs('file:///etc/passwd')).toBe(false);
    expect(isOurs('file:///home/someone/Downloads/index.html')).toBe(false);
  });

  it('refuses a file: URL on another machine (a network share)', () => {
    expect(isOurs('file://attacker.example/opt/Holdfast/resources/app.asar/dist/renderer/index.html')).toBe(false);
  });

  it('refuses every other scheme, even one that mentions our path', () => {
    for (const url of [
      'https://attacker.example/opt/Holdfast/resources/app.asar/dist/renderer/index.html',
      'http://127.0.0.1:4000/index.html',
      'https://attacker.example/?u=file:///opt/Holdfast/resources/app.asar/dist/renderer/index.html',
      'data:text/html,<h1>file:///opt/Holdfast/resources/app.asar/dist/renderer/index.html</h1>',
      'javascript:alert(1)//file:///opt/Holdfast/resources/app.asar/dist/renderer/index.html',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isOurs(url), url).toBe(false);
    }
  });

  it('refuses what is not a URL at all', () => {
    expect(isOurs('')).toBe(false);
    expect(isOurs('/opt/Holdfast/resources/app.asar/dist/renderer/index.html')).toBe(false);
    expect(isOurs('index.html')).toBe(false);
  });

  it('accepts the URL Node itself makes for a file in the folder', () => {
    const url = pathToFileURL('/opt/Holdfast/resources/app.asar/dist/renderer/a page with spaces.html').href;
    expect(isOurs(url)).toBe(true);
  });
});

describe('our own renderer, on Windows', () => {
  const isOurs = rendererUrlCheck('C:\\Program Files\\Holdfast\\resources\\app.asar\\dist\\renderer', 'win32');

  it('trusts the built page, whatever the drive letter case', () => {
    expect(isOurs('file:///C:/Program%20Files/Holdfast/resources/app.asar/dist/renderer/index.html')).toBe(true);
    expect(isOurs('file:///c:/Program%20Files/Holdfast/resources/app.asar/dist/renderer/index.html')).toBe(true);
  });

  it('refuses another drive, a sibling folder and encoded backslashes', () => {
    expect(isOurs('file:///D:/Program%20Files/Holdfast/resources/app.asar/dist/renderer/index.html')).toBe(false);
    expect(isOurs('file:///C:/Program%20Files/Holdfast/resources/app.asar/dist/renderer2/index.html')).toBe(false);
    expect(isOurs('file:///C:/Program%20Files/Holdfast/resources/app.asar/dist/renderer/..%5C..%5Csecret.html')).toBe(false);
  });

  it('refuses a network share', () => {
    expect(isOurs('file://server/share/Holdfast/resources/app.asar/dist/renderer/index.html')).toBe(false);
  });
});

describe('who may call the API over IPC', () => {
  const isOurs = rendererUrlCheck('/app/dist/renderer', 'linux');
  const page = 'file:///app/dist/renderer/index.html';

  it('answers the main frame of our window showing our page', () => {
    expect(isTrustedIpcSender({ contentsId: 7, frameUrl: page, isMainFrame: true }, 7, isOurs)).toBe(true);
  });

  it('refuses an iframe, even one showing our page', () => {
    expect(isTrustedIpcSender({ contentsId: 7, frameUrl: page, isMainFrame: false }, 7, isOurs)).toBe(false);
  });

  it('refuses another window', () => {
    expect(isTrustedIpcSender({ contentsId: 8, frameUrl: page, isMainFrame: true }, 7, isOurs)).toBe(false);
  });

  it('refuses our window once it has navigated elsewhere', () => {
    expect(isTrustedIpcSender({ contentsId: 7, frameUrl: 'https://attacker.example/', isMainFrame: true }, 7, isOurs)).toBe(false);
  });

  it('refuses a frame that is gone, and every caller while there is no window', () => {
    expect(isTrustedIpcSender({ contentsId: 7, frameUrl: null, isMainFrame: true }, 7, isOurs)).toBe(false);
    expect(isTrustedIpcSender({ contentsId: 7, frameUrl: page, isMainFrame: true }, null, isOurs)).toBe(false);
  });
});
