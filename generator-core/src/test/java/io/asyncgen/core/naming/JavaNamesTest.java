package io.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void typeNamesFromWireNames() {
        assertEquals("ResponseOutputTextDelta", JavaNames.typeName("response.output_text.delta"));
        assertEquals("InputAudioBuffer", JavaNames.typeName("input_audio_buffer"));
        assertEquals("ProviderData", JavaNames.typeName("providerData"));
        assertEquals("ApiKey", JavaNames.typeName("API_KEY"));
        assertEquals("_2fa", JavaNames.typeName("2fa"));
        assertEquals("Unnamed", JavaNames.typeName("..."));
    }

    @Test
    void memberNamesAvoidKeywords() {
        assertEquals("eventId", JavaNames.memberName("event_id"));
        assertEquals("class_", JavaNames.memberName("class"));
        assertEquals("record_", JavaNames.memberName("record"));
        assertEquals("ref", JavaNames.memberName("$ref"));
        assertEquals("größe", JavaNames.memberName("größe"));
    }

    @Test
    void constantNames() {
        assertEquals("IN_PROGRESS", JavaNames.constantName("in_progress"));
        assertEquals("AUDIO_PCM", JavaNames.constantName("audio/pcm"));
        assertEquals("_24K", JavaNames.constantName("24k"));
        assertEquals("ON", JavaNames.constantName("ON"));
    }

    @Test
    void singularsOfListMembers() {
        assertEquals("tool", JavaNames.singular("tools"));
        assertEquals("outputModality", JavaNames.singular("outputModalities"));
        assertEquals("status", JavaNames.singular("statuses"));
        assertEquals("address", JavaNames.singular("addresses"));
        assertEquals("content", JavaNames.singular("content"));
        assertEquals("include", JavaNames.singular("include"));
        assertEquals("corpus", JavaNames.singular("corpus"));
    }

    @Test
    void nameScopeNumbersCollisionsIgnoringCaseForTypes() {
        NameScope types = NameScope.forTypes();
        assertEquals("Foo", types.allocate("Foo"));
        assertEquals("FOO2", types.allocate("FOO"));
        NameScope members = NameScope.forMembers();
        assertEquals("foo", members.allocate("foo"));
        assertEquals("Foo", members.allocate("Foo"));
    }
}
