package io.asyncgen.core.codegen;

import io.asyncgen.core.model.Message;
import java.util.Optional;

/**
 * Schema and message text as Javadoc. Descriptions are Markdown and are rendered as HTML
 * ({@link MarkdownJavadoc}); names and wire values are plain text. Either way nothing can end the
 * comment ({@code *}{@code /}), start a unicode escape (a backslash, which the compiler reads before
 * the comment ends) or a tag ({@code @}), and HTML in the text shows as written.
 */
final class Javadocs {
    private Javadocs() {}

    /** Plain text (a name, a wire value) as it reads. */
    static String escape(String text) {
        return MarkdownSpans.escapeText(text).strip() + "\n";
    }

    /** A Markdown description as Javadoc HTML, ending with a line break. */
    static String markdown(String description) {
        return MarkdownJavadoc.render(description);
    }

    /** A Markdown description on one line, for a {@code @param} or after a label. */
    static String inline(String description) {
        return MarkdownJavadoc.renderInline(description);
    }

    /** Rendered Javadoc as a later paragraph: a {@code <p>} unless it starts with a list or code. */
    static String paragraph(String rendered) {
        return rendered.startsWith("<ul>") || rendered.startsWith("<ol") || rendered.startsWith("<pre>")
                ? rendered
                : "<p>" + rendered;
    }

    /** The rendered description, else title, else empty. */
    static Optional<String> of(Optional<String> description, Optional<String> title) {
        return description.or(() -> title).filter(s -> !s.isBlank()).map(Javadocs::markdown);
    }

    /**
     * What a message's summary and description say, rendered: the summary on the first line, the
     * description (when it says more) in paragraphs after it; empty when the message says nothing.
     */
    static Optional<String> about(Message message) {
        Optional<String> summary = message.summary().filter(s -> !s.isBlank());
        Optional<String> description = message.description()
                .filter(d -> !d.isBlank())
                .filter(d -> !d.strip().equals(summary.map(String::strip).orElse("")));
        if (summary.isEmpty()) {
            return description.map(Javadocs::markdown);
        }
        return Optional.of(inline(summary.get())
                + description.map(d -> "\n\n" + paragraph(markdown(d))).orElse("\n"));
    }
}
