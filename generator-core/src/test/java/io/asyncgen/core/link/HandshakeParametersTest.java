package io.asyncgen.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.BindingParameter;
import io.asyncgen.core.model.EnumType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.WsBinding;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Channel parameters the address does not use are the handshake's query parameters (or the header
 * their location names), as documents that declare their query that way mean them.
 */
class HandshakeParametersTest {
    /** AssemblyAI's Universal streaming way (abridged). */
    private static final String QUERY_AS_PARAMETERS = """
      channels:
        streaming:
          address: /v3/ws
          parameters:
            ApiKey:
              location: $message.header#/Authorization
            encoding:
              enum: [pcm_s16le, pcm_mulaw]
              default: pcm_s16le
            sample_rate:
              schema: {type: integer, default: 16000}
            inactivity_timeout:
              schema: {type: integer}
              default: None
            vad_threshold:
              schema: {type: number}
              default: '0.4'
      """;

    @Test
    void unusedThreeDotXParametersAreTypedQueryParametersAndALocatedOneIsAHeader() {
        AsyncApi api = SpecBuilder.document3(QUERY_AS_PARAMETERS).link();
        WsBinding binding = api.channel("streaming").orElseThrow().wsBinding().orElseThrow();
        assertEquals(
                List.of(
                        "encoding enum pcm_s16le",
                        "sample_rate INTEGER 16000",
                        "inactivity_timeout INTEGER -",
                        "vad_threshold NUMBER 0.4"),
                describe(api, binding.query()));
        assertEquals(List.of("Authorization STRING -"), describe(api, binding.headers()));
    }

    @Test
    void eachIsReportedWithWhatItIsTakenAsAndADefaultThatIsNoNumberIsLeftOut() {
        assertEquals(
                List.of(
                        "spec.yaml:9:7: warning: parameter 'ApiKey' is not used in the address of channel 'streaming'; a parameter"
                                + " names a {ApiKey} of the address, declare query parameters in the channel's bindings (ws: query)"
                                + " instead; taken as header 'Authorization' of the WebSocket handshake",
                        "spec.yaml:11:7: warning: parameter 'encoding' is not used in the address of channel 'streaming'; a"
                                + " parameter names a {encoding} of the address, declare query parameters in the channel's bindings"
                                + " (ws: query) instead; taken as query parameter 'encoding' of the WebSocket handshake"),
                SpecBuilder.document3(QUERY_AS_PARAMETERS).diagnostics().subList(0, 2));
        assertEquals(
                List.of("spec.yaml:18:18: warning: the default 'None' of parameter 'inactivity_timeout' is not a"
                        + " number, but the parameter is one; it is left out (leave the default out when there is none)\n"
                        + "  in channel streaming (spec.yaml:6:3)"),
                SpecBuilder.document3(QUERY_AS_PARAMETERS).diagnostics().stream()
                        .filter(d -> d.contains("default"))
                        .filter(d -> d.contains("left out"))
                        .toList());
    }

    @Test
    void theWsBindingWinsOverAParameterOfTheSameName() {
        AsyncApi api = SpecBuilder.document("""
        channels:
          /listen:
            parameters:
              model: {schema: {type: string, enum: [nova-2, nova-3]}}
            bindings:
              ws:
                query:
                  type: object
                  properties:
                    model: {type: string}
        """).link();
        assertEquals(
                List.of("model STRING -"),
                describe(
                        api,
                        api.channel("/listen")
                                .orElseThrow()
                                .wsBinding()
                                .orElseThrow()
                                .query()));
    }

    @Test
    void aParameterTheAddressUsesStaysAChannelParameter() {
        AsyncApi api = SpecBuilder.document3("""
        channels:
          rooms:
            address: /rooms/{room}
            parameters:
              room: {description: the room}
        """).link();
        assertEquals(
                List.of(),
                api.channel("rooms")
                        .orElseThrow()
                        .wsBinding()
                        .map(WsBinding::query)
                        .orElse(List.of()));
    }

    /** {@code name kind default} per parameter ({@code enum} for an enum type, {@code -} for no default). */
    private static List<String> describe(AsyncApi api, List<BindingParameter> parameters) {
        return parameters.stream()
                .map(p -> p.name() + " " + kind(api.resolve(p.type())) + " "
                        + p.defaultValue().orElse("-"))
                .toList();
    }

    private static String kind(TypeDef type) {
        return type instanceof ScalarType scalar
                ? scalar.kind().name()
                : type instanceof EnumType ? "enum" : type.getClass().getSimpleName();
    }
}
