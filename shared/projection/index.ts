export * from './projection.js';
export * from './views.js';
export { compareEvents } from './order.js';
