package io.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberTypeClashesTest {

    @Test
    void aMemberWhoseDecodedLocalWouldBeNamedLikeATypeIsRenamed() {
        // the decoder reads 名前 into the local 名前Value, which Java would read as the type 名前Value
        AsyncApi api = SpecBuilder.document("""
        components:
          schemas:
            名前Value: {type: object, properties: {a: {type: string}}}
            Holder: {type: object, properties: {名前: {type: string}, other: {type: string}}}
        """).link();

        assertEquals(
                List.of("名前2", "other"),
                ((RecordType) api.type("Holder"))
                        .properties().stream().map(Property::javaName).toList());
        assertEquals("名前Value", RecordMemberNames.decodedLocal("名前"));
    }
}
