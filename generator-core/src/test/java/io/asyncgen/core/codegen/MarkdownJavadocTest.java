package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 13, point 4: the Markdown of descriptions becomes Javadoc HTML, and nothing in it can break the comment. */
class MarkdownJavadocTest {

    @Test
    void inlineCodeBecomesACodeTag() {
        assertEquals("Send {@code session.update} first.\n", MarkdownJavadoc.render("Send `session.update` first."));
    }

    @Test
    void codeThatCouldBreakTheTagOrTheCommentBecomesEscapedHtml() {
        assertEquals(
                "<code>a &#42;/ b</code>, <code>&#92;u002a/</code>, <code>{x</code>, {@code {\"a\": 1}} and {@code ``}\n",
                MarkdownJavadoc.render("`a */ b`, `\\u002a/`, `{x`, ``{\"a\": 1}`` and ``` `` ```"));
    }

    @Test
    void emphasisAndStrongButNeverInsideAWord() {
        assertEquals(
                "<em>only</em> <strong>once</strong>, <em>each</em> <strong>time</strong>;"
                        + " input_audio_buffer and 2*3*4 stay\n",
                MarkdownJavadoc.render("*only* **once**, _each_ __time__; input_audio_buffer and 2*3*4 stay"));
    }

    @Test
    void linksToTheWebAreLinksAndOtherTargetsAreText() {
        assertEquals(
                "See <a href=\"https://example.com/a?b=1&amp;c=&quot;\">the <em>docs</em></a>,"
                        + " <a href=\"mailto:x&#64;example.com\">mailto:x&#64;example.com</a>, click me and [not a link].\n",
                MarkdownJavadoc.render("See [the *docs*](https://example.com/a?b=1&c=\" \"title\"),"
                        + " <mailto:x@example.com>, [click me](javascript:void) and [not a link]."));
    }

    @Test
    void paragraphsAndListsBecomeHtmlBlocks() {
        String markdown = """
        Turn detection modes:

        - `server_vad`: by silence
          (the default)
        - `semantic_vad`: by meaning
          1. low
          2. high

        3. three
        4. four

        Ends here.""";
        assertEquals("""
        Turn detection modes:

        <ul>
        <li>{@code server_vad}: by silence
        (the default)</li>
        <li>{@code semantic_vad}: by meaning
        <ol>
        <li>low</li>
        <li>high</li>
        </ol></li>
        </ul>

        <ol start="3">
        <li>three</li>
        <li>four</li>
        </ol>

        <p>Ends here.
        """, MarkdownJavadoc.render(markdown));
    }

    @Test
    void fencedCodeIsPreformattedAndEscaped() {
        String markdown = "Try:\n```bash\nwebsocat 'wss://x?a=1&b=2' # */ @here\n  \\u002a/\n```\nDone.";
        assertEquals(
                "Try:\n\n<pre>\nwebsocat 'wss://x?a=1&amp;b=2' # &#42;/ &#64;here\n  &#92;u002a/\n</pre>\n\n<p>Done.\n",
                MarkdownJavadoc.render(markdown));
    }

    @Test
    void headingsAreBoldParagraphsAndHtmlShowsAsWritten() {
        assertEquals(
                "<strong>Limits</strong>\n\n<p>At most 15 MiB &lt;b&gt;per&lt;/b&gt; item &amp; 2 &#64;once.\n",
                MarkdownJavadoc.render("## Limits\n\nAt most 15 MiB <b>per</b> item & 2 @once."));
    }

    @Test
    void aYearStartingALineDoesNotStartAList() {
        assertEquals("Released in\n2024. Still here.\n", MarkdownJavadoc.render("Released in\n2024. Still here."));
    }

    @Test
    void hostileTextStaysTextAndInsideTheComment() {
        String brackets = "[".repeat(20_000) + "*".repeat(3) + "`".repeat(7);
        assertEquals(brackets + "\n", MarkdownJavadoc.render(brackets));
        Random random = new Random(13);
        String alphabet = "*/\\u`_[]()<>{}@&#-+ 1.\n\nahttps://x";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSafe(text.toString(), MarkdownJavadoc.render(text.toString()));
        }
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

    /** No comment end, no backslash, no tag but {@code {@code}}, and outside it only the HTML the renderer writes. */
    private static void assertSafe(String markdown, String javadoc) {
        String why = "for " + markdown.replace("\n", "\\n") + " rendered as:\n" + javadoc;
        assertFalse(javadoc.contains("*/"), why);
        assertFalse(javadoc.contains("\\"), why);
        assertFalse(withoutCodeTags(javadoc).contains("@"), why);
        Matcher tag = TAG.matcher(withoutCodeTags(javadoc));
        while (tag.find()) {
            assertTrue(
                    Set.of("p", "ul", "ol", "li", "pre", "code", "em", "strong", "a")
                            .contains(tag.group(2)),
                    why);
        }
    }

    /** The text with every {@code {@code ...}} tag (braces inside balanced) left out. */
    private static String withoutCodeTags(String javadoc) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < javadoc.length()) {
            if (javadoc.startsWith("{@code ", i)) {
                int depth = 0;
                do {
                    depth += javadoc.charAt(i) == '{' ? 1 : javadoc.charAt(i) == '}' ? -1 : 0;
                    i++;
                } while (depth > 0 && i < javadoc.length());
            } else {
                out.append(javadoc.charAt(i++));
            }
        }
        return out.toString();
    }
}
