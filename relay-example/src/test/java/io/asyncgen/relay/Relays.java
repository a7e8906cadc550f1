package io.asyncgen.relay;

import io.asyncgen.relay.azure.AzureRealtimeProtocol;
import io.asyncgen.relay.azure.generated.AzureOpenAiRealtimeEndpoint;
import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.ServerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the relay tests share: a relay in front of a {@link ScriptedUpstream}, and what its observer heard. */
final class Relays {
    static final String UPSTREAM_KEY = "the-relays-own-upstream-key";
    static final String PATH = "/openai/v1/realtime?model=gpt-realtime";

    private Relays() {}

    /** An endpoint to {@code upstream} with the relay's key. */
    static AzureOpenAiRealtimeEndpoint endpoint(String upstreamUrl) {
        return AzureOpenAiRealtimeEndpoint.builder()
                .serverUrl(upstreamUrl)
                .model("gpt-realtime")
                .apiKey(UPSTREAM_KEY)
                .build();
    }

    /** A relay to {@code upstream} that admits anyone, reporting to {@code observer}. */
    static Relay.Builder<ClientEvent, ServerEvent> to(ScriptedUpstream upstream, Heard observer) {
        return Relay.builder(AzureRealtimeProtocol.to(endpoint(upstream.url())))
                .clientCheck(ClientCheck.anyone())
                .observer(observer);
    }

    /** A client of {@code relay}, with no credential. */
    static RawClient client(Relay<?, ?> relay) throws Exception {
        return RawClient.connect(relay.url() + PATH, Map.of(), List.of());
    }

    /** Everything a relay's observer heard, in order, as text. */
    static final class Heard implements RelayObserver {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<Ending> endings = new CopyOnWriteArrayList<>();

        @Override
        public void onConnectionEnded(RelayConnection<?, ?> connection, Ending ending) {
            endings.add(ending);
        }

        @Override
        public void onDropped(RelayConnection<?, ?> connection, Direction direction, Object event, String reason) {
            lines.add("dropped " + event.getClass().getSimpleName() + " " + direction + ": " + reason);
        }

        @Override
        public void onHookFailed(
                RelayConnection<?, ?> connection, Direction direction, Object event, RuntimeException error) {
            lines.add(
                    "hook failed on " + event.getClass().getSimpleName() + " " + direction + ": " + error.getMessage());
        }

        @Override
        public void onUndecodable(RelayConnection<?, ?> connection, Direction direction, String text) {
            lines.add("not JSON " + direction + ": " + text);
        }

        List<String> lines() {
            return new ArrayList<>(lines);
        }
    }
}
