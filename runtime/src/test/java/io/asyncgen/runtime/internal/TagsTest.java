package io.asyncgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table a union's discriminator value is looked up in, from characters, without making a string. */
class TagsTest {
    @Test
    void aValueIsFoundAsTheConstantItWasMadeFromWhereverItsCharactersStand() {
        String session = "session.created";
        Tags tags = Tags.of("error", session, "session.updated");
        char[] text = "{\"type\":\"session.created\"}".toCharArray();
        JsonNode found = tags.find(text, 9, session.length());
        assertSame(session, found.textValue());
        assertEquals("error", find(tags, "error").textValue());
        assertEquals("session.updated", find(tags, "session.updated").textValue());
    }

    @Test
    void anythingElseIsNotFound() {
        Tags tags = Tags.of("said", "left", "response.output_audio.delta");
        // "xaid" hashes as "said" does (length, last, middle and quarter characters): the comparison decides
        for (String other : List.of("xaid", "sai", "saidx", "Said", "", "response.output_audio.done", "left ")) {
            assertNull(find(tags, other), other);
        }
        assertNull(find(Tags.of(), "said"));
    }

    @Test
    void manyValuesSharingPrefixesAreEachFoundAndDuplicatesKeptOnce() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            values.add("response.output_item." + i + ".done");
        }
        values.add("response.output_item.7.done");
        Tags tags = Tags.of(values.toArray(String[]::new));
        for (String value : values) {
            assertEquals(value, find(tags, value).textValue());
        }
        assertNull(find(tags, "response.output_item.500.done"));
        assertNull(find(tags, "response.output_item.07.done"));
    }

    private static JsonNode find(Tags tags, String value) {
        char[] text = ("[\"" + value + "\"]").toCharArray();
        return tags.find(text, 2, value.length());
    }
}
