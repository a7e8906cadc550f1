package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.core.testing.LoadedCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A required member set to an explicit null: a problem when the schema does not allow null
 * ({@code validate()} names it, {@code encode} refuses it with its path), legal when it does.
 */
class RequiredMembersTest {
    private static final String SPEC = """
      asyncapi: 2.6.0
      info: {title: Audio, version: '1'}
      channels:
        /audio:
          publish:
            message:
              payload:
                type: object
                title: Append
                required: [type, audio, previous_item_id, meta]
                properties:
                  type: {const: append}
                  audio: {type: string}
                  previous_item_id: {type: [string, 'null']}
                  meta:
                    type: object
                    required: [id]
                    properties:
                      id: {type: string}
      """;

    private static final String DRIVER = """
      package com.example.gen;

      public final class Driver {
        private Driver() {}

        public static Append append(String audio, String previous, String id) {
          return Append.builder().audio(audio).previousItemId(previous).meta(AppendMeta.builder().id(id).build())
              .build();
        }

        public static String encode(String audio, String previous, String id) {
          return AudioOutboundCodec.encode(append(audio, previous, id));
        }
      }
      """;

    private static final LoadedCode CODE = LoadedCode.generate(spec(), Map.of("Driver", DRIVER));

    @Test
    void anExplicitNullInARequiredMemberThatIsNotNullableIsAProblemWithItsPath() {
        Object append = CODE.call("Driver", "append", null, null, null);
        assertEquals(
                List.of("audio must not be null", "meta.id must not be null"), LoadedCode.invoke(append, "validate"));
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> CODE.call("Driver", "encode", null, "item_1", "m1"));
        assertEquals("cannot encode Append: audio must not be null", refused.getMessage());
    }

    @Test
    void anExplicitNullInARequiredNullableMemberIsWritten() {
        assertEquals(
                "{\"type\":\"append\",\"audio\":\"AAA\",\"meta\":{\"id\":\"m1\"},\"previous_item_id\":null}",
                CODE.call("Driver", "encode", "AAA", null, "m1"));
    }

    private static Path spec() {
        try {
            Path file = Files.createTempDirectory("required-members").resolve("audio.yaml");
            return Files.writeString(file, SPEC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
