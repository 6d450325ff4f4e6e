import { API_SOCKET_PATH } from '../../shared/api.js';
import { desktopLink } from './desktop.js';
import type { HostLink } from './link.js';
import { pageStorage, storedNameMemory } from './nameMemory.js';
import { socketLink } from './socket.js';

/**
 * The one place that knows there are two transports (STYLE.md, example 7):
 * the Electron preload's bridge when it is there, otherwise the socket of the
 * headless peer that served this page. The peer knows each browser only for
 * as long as its connection lasts, so over the socket the page remembers
 * who is here itself.
 */
export function connectToHost(): HostLink {
  if (window.holdfast) return desktopLink(window.holdfast);
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return socketLink(`${scheme}//${window.location.host}${API_SOCKET_PATH}`, storedNameMemory(pageStorage()));
}
