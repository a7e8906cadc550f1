// One conversation of an official OpenAI client with the asyncgen stub server, written down as a
// JSON report for OfficialClientsTest (interop-it/src/test/java).
//
//   STUB_API_KEY=<key> NODE_EXTRA_CA_CERTS=<stub certificate .pem> \
//     node clients/conversation.mjs --client openai|openai-azure|agents --mode text|audio \
//       --server wss://127.0.0.1:<port> --report <file.json>
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EventLog } from './events.mjs';

const CLIENTS = ['openai', 'openai-azure', 'agents'];
const MODES = ['text', 'audio'];
const WAIT_MS = 20_000;

const { values: options } = parseArgs({
  options: {
    client: { type: 'string' },
    mode: { type: 'string', default: 'text' },
    server: { type: 'string' },
    report: { type: 'string' },
  },
});
const apiKey = process.env.STUB_API_KEY;
if (!CLIENTS.includes(options.client) || !MODES.includes(options.mode) || !/^wss:\/\/[^/]+$/.test(options.server ?? '')
    || !options.report || !apiKey) {
  console.error(`usage: STUB_API_KEY=<key> node clients/conversation.mjs --client ${CLIENTS.join('|')} --mode ${MODES.join('|')}`
    + ' --server wss://<host>:<port> --report <file.json>');
  process.exit(2);
}

const log = new EventLog(WAIT_MS);
const report = { client: options.client, mode: options.mode, completed: false, turns: [], toolCalls: [], errors: [], rejected: [] };
const say = (line) => console.log(`[${options.client} ${options.mode}] ${line}`);
const driver = options.client === 'agents' ? await import('./agents-driver.mjs') : await import('./openai-driver.mjs');
try {
  await driver.converse({ variant: options.client, mode: options.mode, server: options.server, apiKey, log, report, say });
  report.completed = true;
} catch (error) {
  report.failure = String(error?.stack ?? error);
  say(`failed: ${report.failure}`);
} finally {
  report.serverEvents = log.counts();
  for (const { user, assistant, audioBytes } of report.turns) {
    say(`user: ${user}`);
    say(`assistant: ${assistant}${audioBytes ? ` (${audioBytes} bytes of audio)` : ''}`);
  }
  writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
}
process.exit(report.completed ? 0 : 1);
