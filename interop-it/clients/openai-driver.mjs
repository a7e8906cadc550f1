// The `openai` SDK's OpenAIRealtimeWS, plain (bearer key) or built from an AzureOpenAI client (api-key
// header), driven event by event as its documentation shows.
import OpenAI, { AzureOpenAI } from 'openai';
import { OpenAIRealtimeWS } from 'openai/realtime/ws';
import { GREETING, INSTRUCTIONS, QUESTION, WEATHER_TOOL, chunks, getWeather, turn, utterance } from './events.mjs';

export async function converse({ variant, mode, server, apiKey, log, report, say }) {
  const https = server.replace(/^wss:/, 'https:');
  const rt = variant === 'openai-azure'
    // the Realtime address drops api-version; the AzureOpenAI client still asks for one
    ? await OpenAIRealtimeWS.azure(new AzureOpenAI({ endpoint: https, apiKey, apiVersion: '2025-08-28', deployment: 'gpt-realtime' }))
    : new OpenAIRealtimeWS({ model: 'gpt-realtime' }, new OpenAI({ apiKey, baseURL: `${https}/openai/v1` }));
  say(`connecting to ${rt.url}`);
  rt.on('event', (event) => log.push(event));
  rt.on('error', (error) => report.errors.push(error.error ? JSON.stringify(error.error) : String(error.message ?? error)));
  const closed = new Promise((resolve) => rt.socket.on('close', (code) => resolve(code)));

  await log.next('session.created', 0);
  const updating = log.mark();
  rt.send({
    type: 'session.update',
    session: {
      type: 'realtime',
      instructions: INSTRUCTIONS,
      output_modalities: [mode],
      tools: [{
        type: 'function',
        ...WEATHER_TOOL,
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      }],
      tool_choice: 'auto',
      audio: {
        input: {
          format: { type: 'audio/pcm', rate: 24000 },
          // text mode: an explicit null turns voice activity detection off
          turn_detection: mode === 'audio' ? { type: 'server_vad', silence_duration_ms: 500, create_response: true } : null,
        },
        output: { format: { type: 'audio/pcm', rate: 24000 }, voice: 'alloy' },
      },
    },
  });
  await log.next('session.updated', updating);
  if (process.env.CONVERSATION_EXTRA_EVENT) {
    // an event of the caller's (RelayInteropTest: one no document declares), sent through the SDK as any other
    rt.send(JSON.parse(process.env.CONVERSATION_EXTRA_EVENT));
  }

  const ask = (text) => {
    rt.send({ type: 'conversation.item.create', item: { type: 'message', role: 'user', content: [{ type: 'input_text', text }] } });
    rt.send({ type: 'response.create' });
  };

  let from = log.mark();
  ask(GREETING);
  let done = await log.next('response.done', from);
  report.turns.push(turn(GREETING, log, from, done.index));

  from = log.mark();
  ask(QUESTION);
  done = await log.next('response.done', from);
  const call = done.event.response.output.find((item) => item.type === 'function_call');
  if (!call) {
    throw new Error(`the answer to "${QUESTION}" was no function call: ${JSON.stringify(done.event.response.output)}`);
  }
  const output = getWeather(JSON.parse(call.arguments));
  report.toolCalls.push({ name: call.name, arguments: call.arguments, output });
  from = log.mark();
  rt.send({ type: 'conversation.item.create', item: { type: 'function_call_output', call_id: call.call_id, output: JSON.stringify(output) } });
  rt.send({ type: 'response.create' });
  done = await log.next('response.done', from);
  report.turns.push(turn(QUESTION, log, from, done.index));

  if (mode === 'audio') {
    const pcm = utterance();
    from = log.mark();
    for (const chunk of chunks(pcm)) {
      rt.send({ type: 'input_audio_buffer.append', audio: chunk.toString('base64') });
    }
    // server VAD commits the buffer and answers by itself; the stub echoes what it heard
    done = await log.next('response.done', from);
    report.turns.push({ ...turn(`(${pcm.length} bytes of speech)`, log, from, done.index),
      echoIdentical: log.said(from, done.index).audio.equals(pcm) });
  }

  rt.close();
  report.closeCode = await closed;
}
