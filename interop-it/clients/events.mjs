// What both drivers share: the log of server events, the conversation's data, the report.

/** Every server event in arrival order, and waits for the next one of a type. */
export class EventLog {
  #waiters = [];

  constructor(limitMs) {
    this.limitMs = limitMs;
    this.events = [];
  }

  push(event) {
    this.events.push(event);
    for (const waiter of [...this.#waiters]) {
      waiter();
    }
  }

  /** Where the next event will go: what `next` counts from. */
  mark() {
    return this.events.length;
  }

  /** The first event of `type` at or after index `from`, waiting at most `limitMs`. */
  next(type, from) {
    return new Promise((resolve, reject) => {
      const look = () => {
        const index = this.events.findIndex((event, at) => at >= from && event.type === type);
        if (index < 0) {
          return false;
        }
        cancel();
        resolve({ event: this.events[index], index });
        return true;
      };
      const timer = setTimeout(() => {
        cancel();
        reject(new Error(`no ${type} within ${this.limitMs} ms (after ${this.events.length} server events)`));
      }, this.limitMs);
      const cancel = () => {
        clearTimeout(timer);
        this.#waiters = this.#waiters.filter((waiter) => waiter !== look);
      };
      if (!look()) {
        this.#waiters.push(look);
      }
    });
  }

  /** What a response said between two indexes: the text or transcript deltas joined, and the audio bytes. */
  said(from, to) {
    const slice = this.events.slice(from, to);
    const text = slice
      .filter((event) => event.type === 'response.output_text.delta' || event.type === 'response.output_audio_transcript.delta')
      .map((event) => event.delta)
      .join('');
    const audio = Buffer.concat(slice
      .filter((event) => event.type === 'response.output_audio.delta')
      .map((event) => Buffer.from(event.delta, 'base64')));
    return { text, audio };
  }

  /** How many events of each type arrived. */
  counts() {
    const counts = {};
    for (const event of this.events) {
      counts[event.type] = (counts[event.type] ?? 0) + 1;
    }
    return counts;
  }
}

export const GREETING = 'Hello! Who are you?';
export const QUESTION = "What's the weather in Paris?";
export const INSTRUCTIONS = 'You are a helpful assistant. Answer in one sentence.';
export const WEATHER_TOOL = {
  name: 'get_weather',
  description: 'The current weather in a city.',
};

/** The local tool: fixed numbers, so the answer the stub builds from them is known. */
export function getWeather({ city }) {
  return { city, temperature_c: 18, conditions: 'cloudy' };
}

const RATE = 24_000;

/**
 * 200 ms of silence, 600 ms of a 440 Hz tone, 500 ms of silence: PCM16 mono 24 kHz. Server VAD with
 * silence_duration_ms 500 hears one utterance and commits the buffer at its very end, all of it.
 */
export function utterance() {
  const samples = (ms) => (RATE * ms) / 1000;
  const pcm = Buffer.alloc(2 * samples(1300));
  const start = samples(200);
  for (let i = 0; i < samples(600); i++) {
    pcm.writeInt16LE(Math.round(0.5 * 32767 * Math.sin((2 * Math.PI * 440 * i) / RATE)), 2 * (start + i));
  }
  return pcm;
}

/** `pcm` in 100 ms chunks. */
export function chunks(pcm) {
  const size = (2 * RATE) / 10;
  const pieces = [];
  for (let at = 0; at < pcm.length; at += size) {
    pieces.push(pcm.subarray(at, Math.min(pcm.length, at + size)));
  }
  return pieces;
}

/** One turn of the report. */
export function turn(user, log, from, to) {
  const { text, audio } = log.said(from, to);
  return { user, assistant: text, audioBytes: audio.length };
}
