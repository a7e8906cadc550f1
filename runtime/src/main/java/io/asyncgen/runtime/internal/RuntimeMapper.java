package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The mapper the runtime parses, prints and binds mapped classes with. Its limits are set here
 * rather than left to the library's defaults, so that the Jackson 2 and the Jackson 3 runtime (whose
 * own form of this class sets the same numbers and Jackson 2's defaults) accept the same documents.
 */
final class RuntimeMapper {
    /** How deeply arrays and objects may nest, read or written: Jackson 2's default, Jackson 3's is 500. */
    static final int MAX_NESTING_DEPTH = 1000;

    private RuntimeMapper() {}

    static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .build();
        return new ObjectMapper(factory);
    }
}
