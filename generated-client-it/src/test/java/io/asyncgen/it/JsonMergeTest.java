package io.asyncgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.it.stub.JsonMerge;
import org.junit.jupiter.api.Test;

/** {@code session.update} as the services apply it. */
class JsonMergeTest {
    @Test
    void objectsMergeMemberByMember() {
        assertEquals(
                Wire.parse("{\"a\":{\"type\":\"server_vad\",\"threshold\":0.5,\"silence_duration_ms\":800},\"b\":1}"),
                merge(
                        "{\"a\":{\"type\":\"server_vad\",\"threshold\":0.5,\"silence_duration_ms\":500},\"b\":1}",
                        "{\"a\":{\"silence_duration_ms\":800}}"));
    }

    @Test
    void anObjectOfTheSameTypeMergesIntoTheCurrentOne() {
        assertEquals(
                Wire.parse("{\"a\":{\"type\":\"server_vad\",\"threshold\":0.5,\"silence_duration_ms\":800}}"),
                merge(
                        "{\"a\":{\"type\":\"server_vad\",\"threshold\":0.5,\"silence_duration_ms\":500}}",
                        "{\"a\":{\"type\":\"server_vad\",\"silence_duration_ms\":800}}"));
    }

    @Test
    void anObjectOfAnotherTypeReplacesTheCurrentOneWhole() {
        assertEquals(
                Wire.parse(
                        "{\"audio\":{\"input\":{\"turn_detection\":{\"type\":\"semantic_vad\",\"eagerness\":\"low\"},\"noise\":1}}}"),
                merge(
                        "{\"audio\":{\"input\":{\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":0.5,\"prefix_padding_ms\":300,"
                                + "\"silence_duration_ms\":500,\"create_response\":true},\"noise\":1}}}",
                        "{\"audio\":{\"input\":{\"turn_detection\":{\"type\":\"semantic_vad\",\"eagerness\":\"low\"}}}}"));
    }

    @Test
    void anExplicitNullClearsAndAValueReplacesAnObject() {
        assertEquals(
                Wire.parse("{\"turn_detection\":null,\"tracing\":\"auto\"}"),
                merge(
                        "{\"turn_detection\":{\"type\":\"server_vad\"},\"tracing\":{\"workflow_name\":\"w\"}}",
                        "{\"turn_detection\":null,\"tracing\":\"auto\"}"));
    }

    private static ObjectNode merge(String current, String changes) {
        ObjectNode target = (ObjectNode) Wire.parse(current);
        JsonMerge.into(target, Wire.parse(changes));
        return target;
    }
}
