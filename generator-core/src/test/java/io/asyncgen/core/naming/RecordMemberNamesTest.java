package io.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordMemberNamesTest {

    @Test
    void aPropertyNamedLikeAMethodEveryGeneratedRecordHasGetsANumber() {
        NameScope members = RecordMemberNames.scope();
        assertEquals(
                List.of("toJson2", "builder2", "extra2", "hashCode2", "eventId"),
                List.of("to_json", "builder", "extra", "hashCode", "event_id").stream()
                        .map(wire -> members.allocate(RecordMemberNames.wanted(wire, Optional.empty())))
                        .toList());
    }

    @Test
    void fixedValueConstantsAreUniqueInTheirRecordAndNeverKnown() {
        NameScope constants = RecordMemberNames.constantScope();
        assertEquals(
                List.of("TYPE", "TYPE2", "KNOWN2"),
                List.of("type", "TYPE", "known").stream()
                        .map(wire -> constants.allocate(JavaNames.constantName(wire)))
                        .toList());
    }

    @Test
    void xJavaNameIsKeptWhenItIsAMemberNameElseConverted() {
        assertEquals("maxTokens", RecordMemberNames.wanted("max_response_output_tokens", Optional.of("maxTokens")));
        assertEquals("tokenLimit", RecordMemberNames.wanted("limit", Optional.of("TokenLimit")));
        assertEquals("class_", RecordMemberNames.wanted("kind", Optional.of("class")));
    }
}
