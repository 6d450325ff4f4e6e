import { automergePartitioned, automergePartitionConvergence } from './automerge-reference.js';
const n = Number(process.argv[2]);
let t = performance.now(); const c0 = process.cpuUsage();
const saved = automergePartitioned(3, n);
console.log('seed ms', performance.now() - t, process.cpuUsage(c0));
const c1 = process.cpuUsage();
console.log('am', n, await automergePartitionConvergence({ saved }), process.cpuUsage(c1));
