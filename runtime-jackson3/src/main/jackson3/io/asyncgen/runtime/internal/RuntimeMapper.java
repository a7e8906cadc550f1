package io.asyncgen.runtime.internal;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper the runtime parses, prints and binds mapped classes with: the Jackson 3 form of the
 * Jackson 2 runtime's class (hand-written, not rewritten). Jackson 2's defaults (no alphabetic
 * sorting, dates as timestamps, trailing text allowed by {@code readTree}, ...) and the same limits
 * as the Jackson 2 runtime, so both accept and print the same documents.
 */
final class RuntimeMapper {
    /** How deeply arrays and objects may nest, read or written: Jackson 2's default, Jackson 3's is 500. */
    static final int MAX_NESTING_DEPTH = 1000;

    private RuntimeMapper() {}

    static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builderWithJackson2Defaults()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .build();
        return JsonMapper.builder(factory).configureForJackson2().build();
    }
}
