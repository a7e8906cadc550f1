// @openai/agents-realtime: a RealtimeAgent with a get_weather tool in a RealtimeSession on the
// OpenAIRealtimeWebSocket transport. The SDK runs the tool and answers with its output by itself.
import { OpenAIRealtimeWebSocket, RealtimeAgent, RealtimeSession, tool } from '@openai/agents-realtime';
import { z } from 'zod';
import { GREETING, INSTRUCTIONS, QUESTION, WEATHER_TOOL, chunks, getWeather, turn, utterance } from './events.mjs';

// The module whose zod schemas the transport checks every server event against (not exported by
// name; the same file the SDK imports, so the same functions).
const schemas = await import(new URL('./openaiRealtimeEvents.mjs', import.meta.resolve('@openai/agents-realtime')));

/** The SDK's own transport, noting every server event that its schema does not accept. */
class CheckedWebSocket extends OpenAIRealtimeWebSocket {
  constructor(options, rejected) {
    super(options);
    this.rejected = rejected;
  }

  _onMessage(message) {
    // isGeneric: what the transport decides right after this, when it drops the event as "generic"
    if (schemas.parseRealtimeEvent(message).isGeneric) {
      const raw = JSON.parse(message.data.toString());
      const verdict = schemas.realtimeServerEventSchema.safeParse(raw);
      this.rejected.push({
        type: raw.type,
        issues: (verdict.error?.issues ?? []).slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      });
    }
    super._onMessage(message);
  }
}

export async function converse({ mode, server, apiKey, log, report, say }) {
  const getWeatherTool = tool({
    ...WEATHER_TOOL,
    parameters: z.object({ city: z.string() }),
    execute: async ({ city }) => JSON.stringify(getWeather({ city })),
  });
  const agent = new RealtimeAgent({ name: 'Assistant', instructions: INSTRUCTIONS, tools: [getWeatherTool] });
  const url = `${server}/openai/v1/realtime?model=gpt-realtime`;
  const transport = new CheckedWebSocket({ url }, report.rejected);
  const session = new RealtimeSession(agent, {
    transport,
    model: 'gpt-realtime',
    config: mode === 'audio'
      ? { outputModalities: ['audio'], audio: { input: { turnDetection: { type: 'server_vad', silenceDurationMs: 500, createResponse: true } } } }
      // text: the SDK's default audio settings (semantic VAD, input transcription) go out unchanged
      : { outputModalities: ['text'] },
  });
  transport.on('*', (event) => log.push(event));
  session.on('error', (error) => report.errors.push(JSON.stringify(error.error ?? error)));
  session.on('agent_tool_end', (context, agent, tool, result, details) => {
    report.toolCalls.push({ name: tool.name, arguments: details.toolCall.arguments, output: JSON.parse(result) });
  });

  say(`connecting to ${url}`);
  await session.connect({ apiKey, url });
  await log.next('session.updated', 0);

  let from = log.mark();
  session.sendMessage(GREETING);
  let done = await log.next('response.done', from);
  report.turns.push(turn(GREETING, log, from, done.index));

  from = log.mark();
  session.sendMessage(QUESTION);
  // the function call's response, then the SDK's own tool output and response.create, then the answer
  const called = await log.next('response.done', from);
  done = await log.next('response.done', called.index + 1);
  report.turns.push(turn(QUESTION, log, called.index + 1, done.index));

  if (mode === 'audio') {
    const pcm = utterance();
    from = log.mark();
    for (const chunk of chunks(pcm)) {
      session.sendAudio(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.length));
    }
    done = await log.next('response.done', from);
    report.turns.push({ ...turn(`(${pcm.length} bytes of speech)`, log, from, done.index),
      echoIdentical: log.said(from, done.index).audio.equals(pcm) });
  }

  const disconnected = new Promise((resolve) => transport.on('connection_change', (status) => status === 'disconnected' && resolve()));
  session.close();
  await disconnected;
}
