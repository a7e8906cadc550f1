package io.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionNamesTest {

    private static List<String> names(String yaml) {
        AsyncApi api = SpecBuilder.spec(yaml).link();
        ConnectionNames names = new ConnectionNames(api);
        return api.connections().stream().map(names::of).toList();
    }

    private static final String TWO_CONNECTIONS = """
      asyncapi: 2.6.0
      info: {title: Voice API, version: '1'}
      servers:
        main: {url: voice.example.com, protocol: wss}
      channels:
        /openai/v1/realtime:
          %s
          publish: {message: {payload: {type: string}}}
        /tts/v1/stream:
          subscribe: {message: {payload: {type: string}}}
      """;

    @Test
    void xJavaNameOnTheChannelWins() {
        assertEquals(List.of("Realtime", "TtsV1Stream"), names(TWO_CONNECTIONS.formatted("x-java-name: Realtime")));
    }

    @Test
    void withSeveralConnectionsTheAddressNamesEach() {
        assertEquals(List.of("OpenaiV1Realtime", "TtsV1Stream"), names(TWO_CONNECTIONS.formatted("description: GA")));
    }

    @Test
    void theOnlyConnectionIsNamedFromTheTitleWithoutParenthesesAndATrailingApi() {
        assertEquals(List.of("AzureOpenAiRealtime"), names("""
        asyncapi: 2.6.0
        info: {title: Azure OpenAI Realtime API (GA), version: '1'}
        channels:
          /openai/v1/realtime:
            publish: {message: {payload: {type: string}}}
        """));
    }

    @Test
    void xJavaNameOnTheOnlyServerOfAConnectionNamesIt() {
        assertEquals(List.of("Speech", "Root"), names("""
        asyncapi: 2.6.0
        info: {title: Speech and more, version: '1'}
        servers:
          speech: {url: speech.example.com, protocol: wss, x-java-name: Speech}
          other: {url: other.example.com, protocol: wss}
        channels:
          /v1/listen:
            servers: [speech]
            publish: {message: {payload: {type: string}}}
          /:
            servers: [other]
            subscribe: {message: {payload: {type: string}}}
        """));
    }

    @Test
    void aTitleThatGivesNoNameFallsBackToTheAddress() {
        assertEquals(List.of("V1Listen"), names("""
        asyncapi: 2.6.0
        info: {title: (draft) API, version: '1'}
        channels:
          /v1/listen:
            publish: {message: {payload: {type: string}}}
        """));
    }
}
