package io.asyncgen.core.codegen;

import java.util.Optional;

/**
 * Makes schema text safe inside a Javadoc comment: no {@code *}{@code /} can end the comment, no
 * backslash can start a unicode escape (which the compiler would read before the comment ends),
 * and HTML and tags are escaped so the text shows as written.
 */
final class Javadocs {
  private Javadocs() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("&#92;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@' -> out.append("&#64;");
        case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
        case '\r' -> { }
        default -> out.append(c);
      }
    }
    return out.toString().strip() + "\n";
  }

  /** Escaped text on one line, for a {@code @param} or a sentence. */
  static String inline(String text) {
    return escape(text).strip().replaceAll("\\s*\n\\s*", " ");
  }

  /** The escaped description, else title, else empty. */
  static Optional<String> of(Optional<String> description, Optional<String> title) {
    return description.or(() -> title).filter(s -> !s.isBlank()).map(Javadocs::escape);
  }
}
