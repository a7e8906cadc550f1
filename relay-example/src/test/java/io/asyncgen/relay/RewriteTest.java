package io.asyncgen.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.runtime.Frame;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** A replaced event goes out as the received JSON with exactly the hook's changes. */
class RewriteTest {
    @Test
    void onlyTheChangedMembersChangeAndTheRestKeepsItsTextAndOrder() {
        Frame received =
                Frame.text("{\"type\":\"t\",\"b\":1.10,\"a\":{\"keep\":1e3,\"change\":\"old\",\"drop\":true},\"n\":1}");
        Frame original = Frame.text(
                "{\"type\":\"t\",\"b\":1.1,\"a\":{\"keep\":1000.0,\"change\":\"old\",\"drop\":true},\"n\":1}");
        Frame replacement = Frame.text(
                "{\"type\":\"t\",\"b\":1.1,\"a\":{\"keep\":1000.0,\"change\":\"new\",\"added\":[1,2]},\"n\":1}");

        assertEquals(
                Frame.text(
                        "{\"type\":\"t\",\"b\":1.10,\"a\":{\"keep\":1E+3,\"change\":\"new\",\"added\":[1,2]},\"n\":1}"),
                Rewrite.onto(received, original, replacement));
    }

    @Test
    void aMemberThatBecameAnotherKindOfValueIsReplacedWhole() {
        Frame received = Frame.text("{\"type\":\"t\",\"x\":{\"y\":1.50}}");
        Frame original = Frame.text("{\"type\":\"t\",\"x\":{\"y\":1.5}}");
        Frame replacement = Frame.text("{\"type\":\"t\",\"x\":null}");

        assertEquals(Frame.text("{\"type\":\"t\",\"x\":null}"), Rewrite.onto(received, original, replacement));
    }

    @Test
    void aReplacementOfAnotherTypeOrOfABinaryFrameIsSentAsItIs() {
        Frame received = Frame.text("{\"type\":\"a\",\"x\":1.0}");
        Frame other = Frame.text("{\"type\":\"b\"}");
        Frame bytes = Frame.binary(ByteBuffer.wrap(new byte[] {1}));

        assertEquals(other, Rewrite.onto(received, received, other));
        assertEquals(other, Rewrite.onto(bytes, bytes, other));
        assertEquals(bytes, Rewrite.onto(received, received, bytes));
    }
}
