// Preloaded with `node --import ./clients/wire-capture.mjs ...`: records every WebSocket message the
// process sends and receives, exactly as it went over the wire, in order, and writes them to the
// file named by WIRE_CAPTURE when the process exits (one JSON object a line: direction "sent" or
// "received", and "text" or base64 "binary"). Both official SDKs send and receive through the `ws`
// package, so patching its WebSocket records them without touching the SDKs; RelayInteropTest
// compares the record with what the server behind the relay received and sent.
import { writeFileSync } from 'node:fs';
import WebSocket from 'ws';

const file = process.env.WIRE_CAPTURE;
if (!file) {
  throw new Error('wire-capture.mjs needs WIRE_CAPTURE=<file> in the environment');
}
const frames = [];
const frame = (direction, data, binary) => (binary
  ? { direction, binary: Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('base64') }
  : { direction, text: typeof data === 'string' ? data : Buffer.from(data).toString('utf8') });

const send = WebSocket.prototype.send;
WebSocket.prototype.send = function capturedSend(data, options, callback) {
  const result = send.call(this, data, options, callback);
  const binary = typeof options === 'object' && options !== null && 'binary' in options ? options.binary : typeof data !== 'string';
  frames.push(frame('sent', data, binary));
  return result;
};

const emit = WebSocket.prototype.emit;
WebSocket.prototype.emit = function capturedEmit(event, ...args) {
  if (event === 'message') {
    const [data, isBinary] = args;
    frames.push(frame('received', Array.isArray(data) ? Buffer.concat(data) : data, isBinary));
  }
  return emit.call(this, event, ...args);
};

process.on('exit', () => {
  writeFileSync(file, frames.map((f) => JSON.stringify(f)).join('\n') + (frames.length ? '\n' : ''));
});
