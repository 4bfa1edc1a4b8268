// Runs the prd-orchestrator CLI in this process and reports peak RSS and CPU time (user + system,
// start-up included) on stderr as the last line: on a shared machine CPU time varies less than wall time.
import { main } from '../../dist/src/cli/main.js';

// Output is dropped unless BENCH_STDOUT=1 (a small JSON summary the caller reads, as in scale.mjs).
const stdout = process.env.BENCH_STDOUT === '1' ? (t) => process.stdout.write(t) : () => {};
const sink = { stdout, stderr: (t) => process.stderr.write(t), cwd: process.cwd(), tty: false };
const code = await main(process.argv.slice(2), sink);
const usage = process.resourceUsage();
process.stderr.write(`\nmaxRSS_KB=${usage.maxRSS} cpuMs=${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
process.exitCode = code;
