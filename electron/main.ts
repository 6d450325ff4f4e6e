/**
 * The Electron main process, kept thin: one instance per laptop, the host on
 * the data folder, one locked-down window showing the built renderer, and the
 * API over IPC. The war room's logic lives in the host (electron/host/); the
 * security rules in electron/desktop/.
 */
import { app, BrowserWindow, dialog, ipcMain, session, type IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HoldfastFailure } from '../shared/result.js';
import { defaultDataDir } from './data-dir.js';
import { forwardNotices, senderFacts, serveApiOverIpc } from './desktop/ipc.js';
import { servePrintToPdf } from './desktop/print-to-pdf.js';
import { secureEveryWebContents, secureSession } from './desktop/security.js';
import { isTrustedIpcSender, rendererUrlCheck } from './desktop/trusted-url.js';
import { WarRoomHost } from './host/host.js';
import { RoomNetwork } from './sync/room-network.js';

// This file runs as dist/electron/main.js; everything it loads is under dist/.
const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = path.join(distDir, 'renderer');
const preloadPath = path.join(distDir, 'preload', 'electron', 'preload.js');
const isTrustedUrl = rendererUrlCheck(rendererDir);

let host: WarRoomHost | null = null;
let network: RoomNetwork | null = null;
let mainWindow: BrowserWindow | null = null;

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another Holdfast already has this laptop's war room open; it gets focused instead.
  app.quit();
}

function start(): void {
  app.enableSandbox();
  secureEveryWebContents(app, isTrustedUrl);

  app.on('second-instance', showWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showWindow);
  app.on('will-quit', (event) => {
    if (host === null) return;
    // Hold the quit until the store is closed cleanly, then quit again.
    event.preventDefault();
    const closing = host;
    const leaving = network;
    host = null;
    network = null;
    void Promise.resolve()
      .then(() => leaving?.stop())
      .then(() => closing.close())
      .catch(() => undefined)
      .finally(() => app.quit());
  });

  void app.whenReady().then(openWarRoom);
}

async function openWarRoom(): Promise<void> {
  secureSession(session.defaultSession);
  const dataDir = defaultDataDir();
  try {
    host = await WarRoomHost.open({ dataDir });
  } catch (error) {
    dialog.showErrorBox('Holdfast could not open its war room', openFailureMessage(error, dataDir));
    app.exit(1);
    return;
  }
  const isOurWindow = (sender: Parameters<typeof isTrustedIpcSender>[0]) =>
    isTrustedIpcSender(sender, mainWindow === null ? null : mainWindow.webContents.id, isTrustedUrl);
  serveApiOverIpc(ipcMain, host, isOurWindow);
  servePrintToPdf(ipcMain, {
    window: () => mainWindow,
    askWhereToSave: askWhereToSavePdf,
    isTrustedEvent: (event) => isOurWindow(senderFacts(event as IpcMainInvokeEvent)),
  });
  forwardNotices(host, () => (mainWindow === null ? null : mainWindow.webContents));
  createWindow();
  // Sync starts after the window: a busy port or a LAN without multicast is
  // shown on the Room screen, never a reason the war room does not open.
  const opened = host;
  network = await RoomNetwork.start({ laptop: opened.sync, person: () => opened.personAtLaptop() }).catch(() => null);
  // The owner renamed: the other laptops' peer lists say the new name without waiting for a reconnect.
  opened.onNotice((notice) => {
    if (notice.type === 'session') network?.presenceChanged();
  });
}

async function askWhereToSavePdf(window: BrowserWindow, suggestedName: string): Promise<string | null> {
  const chosen = await dialog.showSaveDialog(window, {
    title: 'Save the post-mortem as PDF',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  return chosen.canceled || chosen.filePath === undefined ? null : chosen.filePath;
}

function openFailureMessage(error: unknown, dataDir: string): string {
  if (error instanceof HoldfastFailure) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `Holdfast could not open its data folder ${dataDir}: ${reason}`;
}

function showWindow(): void {
  if (mainWindow === null) {
    if (host !== null) createWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function createWindow(): void {
  const window = new BrowserWindow({
    title: 'Holdfast',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    backgroundColor: '#101418',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    },
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadFile(path.join(rendererDir, 'index.html')).catch(() => {
    dialog.showErrorBox(
      'Holdfast could not show its window',
      `The built interface is missing from ${rendererDir}. Run "npm run build", then start Holdfast again.`,
    );
    app.quit();
  });
}
