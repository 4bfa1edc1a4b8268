// Runs the prd-orchestrator CLI in this process and reports peak RSS on stderr as the last line.
import { main } from '../../dist/src/cli/main.js';

const sink = { stdout: () => {}, stderr: (t) => process.stderr.write(t), cwd: process.cwd(), tty: false };
const code = await main(process.argv.slice(2), sink);
process.stderr.write(`\nmaxRSS_KB=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
