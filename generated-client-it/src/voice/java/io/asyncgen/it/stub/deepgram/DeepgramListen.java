package io.asyncgen.it.stub.deepgram;

import io.asyncgen.it.deepgram.ChannelsListenV1MessagesListenV1ResultsChannel;
import io.asyncgen.it.deepgram.ChannelsListenV1MessagesListenV1ResultsChannelAlternativesItems;
import io.asyncgen.it.deepgram.ChannelsListenV1MessagesListenV1ResultsChannelAlternativesItemsWordsItems;
import io.asyncgen.it.deepgram.ChannelsListenV1MessagesListenV1ResultsMetadata;
import io.asyncgen.it.deepgram.ChannelsListenV1MessagesListenV1ResultsMetadataModelInfo;
import io.asyncgen.it.deepgram.ListenV1ListenV1CloseStream;
import io.asyncgen.it.deepgram.ListenV1ListenV1Finalize;
import io.asyncgen.it.deepgram.ListenV1ListenV1Metadata;
import io.asyncgen.it.deepgram.ListenV1ListenV1Results;
import io.asyncgen.it.deepgram.ListenV1ListenV1SpeechStarted;
import io.asyncgen.it.deepgram.ListenV1ListenV1UtteranceEnd;
import io.asyncgen.it.deepgram.ListenV1Media;
import io.asyncgen.it.deepgram.ListenV1SubscribeHandler;
import io.asyncgen.it.deepgram.V1ListenServer;
import io.asyncgen.it.stub.Hearing;
import io.asyncgen.it.stub.Ids;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.runtime.Transport;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Deepgram's streaming speech-to-text ({@code /v1/listen}) on the generated {@link V1ListenServer},
 * as Deepgram documents it: binary audio in; {@code SpeechStarted} ({@code vad_events=true}),
 * interim {@code Results} ({@code interim_results=true}) and a final one per utterance, after
 * {@code endpointing} ms of silence (default here 500); {@code UtteranceEnd} after
 * {@code utterance_end_ms} of silence; {@code Finalize} flushes what is heard so far
 * ({@code from_finalize}); {@code CloseStream} flushes, sends {@code Metadata} and closes.
 */
public final class DeepgramListen implements ListenV1SubscribeHandler {
    private static final List<Long> MONO = List.of(0L, 1L);

    private final V1ListenServer session = new V1ListenServer(this);
    private final Ids ids = new Ids();
    private final String requestId = ids.next("request");
    private final MessageDigest sha256;
    private final Hearing hearing;
    private final boolean interimResults;
    private final boolean vadEvents;
    private final long utteranceEndMs;
    private boolean utteranceEndSent = true;
    private double resultStart;

    private DeepgramListen(JettySocket socket) {
        int sampleRate = (int) number(socket, "sample_rate", 24_000);
        hearing = new Hearing(sampleRate, number(socket, "endpointing", 500));
        interimResults = Boolean.parseBoolean(socket.query("interim_results", "false"));
        vadEvents = Boolean.parseBoolean(socket.query("vad_events", "false"));
        utteranceEndMs = number(socket, "utterance_end_ms", 0);
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scenario for a socket just accepted. */
    public static void accept(JettySocket socket) {
        socket.attach(new DeepgramListen(socket).session.listener(), () -> {});
    }

    @Override
    public void onListenV1Media(ListenV1Media event) {
        byte[] audio = event.bytes();
        sha256.update(audio);
        for (Hearing.Heard heard : hearing.hear(audio)) {
            if (heard instanceof Hearing.SpeechStarted started) {
                resultStart = started.at();
                if (vadEvents) {
                    session.sendListenV1SpeechStarted(ListenV1ListenV1SpeechStarted.builder()
                            .channel(MONO)
                            .timestamp(started.at())
                            .build());
                }
            } else if (heard instanceof Hearing.Partial partial && interimResults) {
                session.sendListenV1Results(results(partial.words(), false, false, false));
            } else if (heard instanceof Hearing.Utterance utterance) {
                session.sendListenV1Results(results(utterance.words(), true, true, false));
                utteranceEndSent = false;
            }
        }
        if (utteranceEndMs > 0 && !utteranceEndSent && hearing.silenceMs() >= utteranceEndMs) {
            utteranceEndSent = true;
            session.sendListenV1UtteranceEnd(ListenV1ListenV1UtteranceEnd.builder()
                    .channel(MONO)
                    .lastWordEnd(hearing.lastWordEnd())
                    .build());
        }
    }

    @Override
    public void onListenV1Finalize(ListenV1ListenV1Finalize event) {
        hearing.finish().ifPresent(u -> session.sendListenV1Results(results(u.words(), true, false, true)));
    }

    @Override
    public void onListenV1CloseStream(ListenV1ListenV1CloseStream event) {
        hearing.finish().ifPresent(u -> session.sendListenV1Results(results(u.words(), true, true, false)));
        session.sendListenV1Metadata(ListenV1ListenV1Metadata.builder()
                        .transactionKey("deprecated")
                        .requestId(requestId)
                        .sha256(HexFormat.of().formatHex(sha256.digest()))
                        .created(Instant.EPOCH.toString())
                        .duration(hearing.heardMs() / 1000.0)
                        .channels(1L)
                        .build())
                .thenRun(() -> session.close(Transport.NORMAL_CLOSURE, ""));
    }

    private ListenV1ListenV1Results results(
            List<Hearing.Word> words, boolean isFinal, boolean speechFinal, boolean fromFinalize) {
        double end = words.isEmpty() ? resultStart : words.get(words.size() - 1).end();
        return ListenV1ListenV1Results.builder()
                .channelIndex(MONO)
                .start(resultStart)
                .duration(end - resultStart)
                .isFinal(isFinal)
                .speechFinal(speechFinal)
                .fromFinalize(fromFinalize)
                .channel(ChannelsListenV1MessagesListenV1ResultsChannel.builder()
                        .alternatives(List.of(ChannelsListenV1MessagesListenV1ResultsChannelAlternativesItems.builder()
                                .transcript(String.join(
                                        " ",
                                        words.stream().map(Hearing.Word::text).toList()))
                                .confidence(0.99)
                                .words(words.stream()
                                        .map(w ->
                                                ChannelsListenV1MessagesListenV1ResultsChannelAlternativesItemsWordsItems
                                                        .builder()
                                                        .word(w.text())
                                                        .start(w.start())
                                                        .end(w.end())
                                                        .confidence(0.99)
                                                        .punctuatedWord(w.text())
                                                        .build())
                                        .toList())
                                .build()))
                        .build())
                .metadata(ChannelsListenV1MessagesListenV1ResultsMetadata.builder()
                        .requestId(requestId)
                        .modelUuid("00000000-0000-0000-0000-000000000000")
                        .modelInfo(ChannelsListenV1MessagesListenV1ResultsMetadataModelInfo.builder()
                                .name("stub")
                                .version("1")
                                .arch("script")
                                .build())
                        .build())
                .build();
    }

    private static long number(JettySocket socket, String name, long fallback) {
        try {
            return Long.parseLong(socket.query(name, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
