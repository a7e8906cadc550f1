package io.asyncgen.core.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarningDigestTest {

    @Test
    void ofOneKindTheFirstThreeAreShownAndTheRestCountedWhereTheFourthIs() {
        List<Diagnostic> warnings = List.of(
                ref("a.yml", 20, "subpackage_agent/v1-server-0-Welcome"),
                key("a.yml", 30, "messages", "pkg/one"),
                ref("a.yml", 21, "subpackage_agent/v1-server-1-Audio"),
                ref("a.yml", 22, "subpackage_listen/v2-client-12-Media"),
                ref("a.yml", 23, "x/y"),
                key("a.yml", 31, "messages", "pkg/two"),
                ref("a.yml", 304, "x/z"),
                ref("b.yml", 5, "other/file"));

        assertEquals(
                List.of(
                        "a.yml:20:19: warning: $ref '#/components/messages/subpackage_agent/v1-server-0-Welcome' points to nothing",
                        "a.yml:30:5: warning: component key 'pkg/one' in components/messages must match ^[a-zA-Z0-9.\\-_]+$"
                                + " (letters, digits, '.', '-', '_')",
                        "a.yml:21:19: warning: $ref '#/components/messages/subpackage_agent/v1-server-1-Audio' points to nothing",
                        "a.yml:22:19: warning: $ref '#/components/messages/subpackage_listen/v2-client-12-Media' points to nothing",
                        "a.yml:23:19: warning: 2 more warnings like the one at line 20, the last at line 304; the validate goal"
                                + " (asyncgen validate) lists every one",
                        "a.yml:31:5: warning: component key 'pkg/two' in components/messages must match ^[a-zA-Z0-9.\\-_]+$"
                                + " (letters, digits, '.', '-', '_')",
                        "b.yml:5:19: warning: $ref '#/components/messages/other/file' points to nothing"),
                WarningDigest.of(warnings).stream().map(Diagnostic::toString).toList());
    }

    @Test
    void messagesThatDifferInMoreThanNamesAndNumbersAreOfOtherKinds() {
        List<Diagnostic> warnings = List.of(
                key("a.yml", 1, "messages", "a/b"),
                key("a.yml", 2, "messages", "c/d"),
                key("a.yml", 3, "schemas", "e/f"),
                key("a.yml", 4, "schemas", "g/h"),
                key("a.yml", 5, "parameters", "i/j"),
                unused(6, "a"),
                unused(7, "b"),
                unused(8, "c"),
                unused(9, "d"),
                Diagnostic.error(new SourceLocation("a.yml", 10, 1, ""), "the channel's parameter 'e' is unused"));

        List<Diagnostic> digest = WarningDigest.of(warnings);

        assertEquals(
                List.of(
                        "a.yml:1:5",
                        "a.yml:2:5",
                        "a.yml:3:5",
                        "a.yml:4:5",
                        "a.yml:5:5",
                        "a.yml:6:1",
                        "a.yml:7:1",
                        "a.yml:8:1",
                        "a.yml:9:1",
                        "a.yml:10:1"),
                digest.stream().map(d -> d.location().toString()).toList());
        assertEquals(
                "1 more warning like the one at line 6, the last at line 9; the validate goal (asyncgen validate)"
                        + " lists every one",
                digest.get(8).message());
    }

    private static Diagnostic ref(String file, int line, String key) {
        return Diagnostic.warning(
                new SourceLocation(file, line, 19, ""), "$ref '#/components/messages/" + key + "' points to nothing");
    }

    private static Diagnostic key(String file, int line, String kind, String key) {
        return Diagnostic.warning(
                new SourceLocation(file, line, 5, ""),
                "component key '" + key + "' in components/" + kind
                        + " must match ^[a-zA-Z0-9.\\-_]+$ (letters, digits, '.', '-', '_')");
    }

    private static Diagnostic unused(int line, String name) {
        return Diagnostic.warning(
                new SourceLocation("a.yml", line, 1, ""), "the channel's parameter '" + name + "' is unused");
    }
}
