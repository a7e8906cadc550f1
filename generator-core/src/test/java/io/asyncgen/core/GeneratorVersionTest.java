package io.asyncgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeneratorVersionTest {
    @Test
    void theBuildFillsInTheVersionAndForASnapshotTheBuildTime() {
        String version = GeneratorVersion.current();
        assertTrue(
                version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT@\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)?"), version);
        assertEquals(version, GeneratorVersion.current(), "stable for the life of the JVM");
    }
}
