package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.testing.LoadedCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The endpoint generated from the golden case {@code query-parameters} takes each query parameter
 * by its type and writes it into the handshake's URL as the service reads it.
 */
class QueryParametersTest {
    private static final String DRIVER = """
      package com.example.gen;

      import java.util.List;

      public final class QueryDriver {
        public static List<String> typedSettings() throws Exception {
          TranscriptionEndpoint endpoint = TranscriptionEndpoint.builder().serverUrl("ws://127.0.0.1:8080")
              .model(Model.NOVA_2).sampleRate(16000).punctuate(true).interimResults(false).speed(1.0)
              .keyterm("Deepgram", "nova 3").redact(Redaction.PCI, Redaction.of("phi")).token("t0ken")
              .authorization("Token s3cret").build();
          return List.of(endpoint.handshake().toCompletableFuture().get().uri().toString(), endpoint.toString());
        }

        public static String defaults() throws Exception {
          return TranscriptionEndpoint.builder().serverUrl("ws://127.0.0.1:8080").sampleRate(8000).build().handshake()
              .toCompletableFuture().get().uri().toString();
        }

        public static String problems() {
          try {
            TranscriptionEndpoint.builder().serverUrl("ws://127.0.0.1:8080").keyterm("a", null).redact(List.of())
                .model((Model) null).build();
            return "built";
          } catch (IllegalStateException e) {
            return e.getMessage();
          }
        }
      }
      """;

    private static LoadedCode code() {
        return LoadedCode.generate(
                GoldenCases.ROOT.resolve("query-parameters/spec.yaml"), Map.of("QueryDriver", DRIVER));
    }

    @Test
    void everyParameterIsWrittenByItsTypeAndTheSecretsAreMasked() {
        assertEquals(
                List.of(
                        "ws://127.0.0.1:8080/listen?model=nova-2&sample_rate=16000&punctuate=true"
                                + "&interim_results=false&speed=1&keyterm=Deepgram&keyterm=nova%203&redact=pci&redact=phi&token=t0ken"
                                + "&version=latest",
                        "TranscriptionEndpoint[uri=ws://127.0.0.1:8080/listen?model=nova-2&sample_rate=16000&punctuate=true"
                                + "&interim_results=false&speed=1&keyterm=Deepgram&keyterm=nova%203&redact=pci&redact=phi&token=****"
                                + "&version=latest, headers={Authorization=****}]"),
                code().call("QueryDriver", "typedSettings"));
    }

    @Test
    void aRequiredParameterWithADefaultIsSentWithIt() {
        assertEquals(
                "ws://127.0.0.1:8080/listen?sample_rate=8000&model=nova-3&version=latest",
                code().call("QueryDriver", "defaults"));
    }

    @Test
    void nullAndMissingValuesAreReportedTogetherByBuild() {
        assertEquals(
                "cannot build TranscriptionEndpoint: keyterm(String...) was given null (is the environment variable or"
                        + " setting it comes from there?); redact(List) was given no value; model(Model) was given null (is the"
                        + " environment variable or setting it comes from there?); query parameter 'sample_rate' is required: call"
                        + " sampleRate(long)",
                code().call("QueryDriver", "problems"));
    }
}
