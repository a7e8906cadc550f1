package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.Optional;

/** A security scheme from {@code components/securitySchemes}, by kind. */
public sealed interface SecurityScheme {
    /** The key under {@code components/securitySchemes}. */
    String key();

    Optional<String> description();

    SourceLocation source();

    /** {@code httpApiKey}: a key sent in a header, query parameter or cookie. */
    record HttpApiKey(String key, String name, KeyLocation in, Optional<String> description, SourceLocation source)
            implements SecurityScheme {}

    /** Where an {@code httpApiKey} travels: its {@code in}. */
    enum KeyLocation {
        HEADER,
        QUERY,
        COOKIE
    }

    /** {@code http}: an {@code Authorization} header with a scheme such as bearer or basic. */
    record Http(
            String key,
            String scheme,
            Optional<String> bearerFormat,
            Optional<String> description,
            SourceLocation source)
            implements SecurityScheme {}

    /** {@code apiKey}: a key in the user or password field of the protocol. */
    record ApiKey(String key, String in, Optional<String> description, SourceLocation source)
            implements SecurityScheme {}

    /** Any other kind (oauth2, openIdConnect, X509, SASL mechanisms, ...), kept by its type. */
    record Other(String key, String type, Optional<String> description, SourceLocation source)
            implements SecurityScheme {}
}
