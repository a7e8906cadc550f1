package io.asyncgen.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit that OfficialClientsTest applies to every client event: it finds what it names. */
class ClientEventAuditTest {
    @Test
    void aFullyTypedEventHasNoProblem() {
        assertEquals(
                List.of(),
                ClientEventAudit.problems("{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"message\","
                        + "\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Hi\"}]}}"));
    }

    @Test
    void anExplicitNullOfADeclaredMemberIsTyped() {
        assertEquals(
                List.of(),
                ClientEventAudit.problems(
                        "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"audio\":{\"input\":{\"turn_detection\":null}}}}"));
    }

    @Test
    void numbersCompareByValue() {
        assertEquals(
                List.of(),
                ClientEventAudit.problems(
                        "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"audio\":{\"output\":{\"speed\":1}}}}"));
    }

    @Test
    void anUnknownEventTypeIsReported() {
        assertEquals(
                List.of("/: no member of ClientEvent matches Unknown[json={\"type\":\"session.brand_new\"}]"),
                ClientEventAudit.problems("{\"type\":\"session.brand_new\"}"));
    }

    @Test
    void anUnknownUnionMemberDeepInsideIsReported() {
        assertEquals(
                List.of("/item/content/0: no member of ContentPart matches Unknown[json={\"type\":\"input_video\"}]"),
                ClientEventAudit.problems(
                        "{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"message\",\"role\":\"user\","
                                + "\"content\":[{\"type\":\"input_video\"}]}}"));
    }

    @Test
    void anUndeclaredMemberIsReported() {
        assertEquals(
                List.of("/: InputAudioBufferClearEvent does not declare volume (11)"),
                ClientEventAudit.problems("{\"type\":\"input_audio_buffer.clear\",\"volume\":11}"));
    }

    @Test
    void aValueThatDoesNotFitItsTypeIsReported() {
        assertEquals(
                List.of("/response_id: 5 does not fit the type ResponseCancelEvent declares"),
                ClientEventAudit.problems("{\"type\":\"response.cancel\",\"response_id\":5}"));
    }

    @Test
    void aValueOutsideAnEnumIsReported() {
        assertEquals(
                List.of("/session/output_modalities/0: smell is not a value of Modality"),
                ClientEventAudit.problems(
                        "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"output_modalities\":[\"smell\"]}}"));
    }
}
