package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.MethodNames;
import io.asyncgen.core.naming.NameScope;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * The typed credential setters of an endpoint builder, one family per security scheme that fits a
 * WebSocket handshake: {@code apiKey} in a header, query parameter or cookie, HTTP {@code bearer}
 * and {@code basic}. Each takes a fixed secret, a {@code Supplier} called on every connect, or an
 * asynchronous supplier ({@code ...Async}), so expiring tokens are fetched fresh. Remembers which
 * headers and query parameters hold secrets, so {@code toString} and messages mask them.
 */
final class SecuritySetters {
    private static final ClassName STRING = JsonTypes.STRING;
    private static final TypeName SUPPLIER = ParameterizedTypeName.get(ClassName.get(Supplier.class), STRING);
    private static final TypeName ASYNC_SUPPLIER = ParameterizedTypeName.get(
            ClassName.get(Supplier.class),
            WildcardTypeName.subtypeOf(ParameterizedTypeName.get(ClassName.get(CompletionStage.class), STRING)));
    private static final ClassName PLACE = RuntimeTypes.ENDPOINT_SUPPORT.nestedClass("Place");

    private final ClassName builder;
    private final NameScope members;
    private final Set<String> secretHeaders = new TreeSet<>();
    private final Set<String> secretQuery = new TreeSet<>();

    SecuritySetters(ClassName builder, NameScope members) {
        this.builder = builder;
        this.members = members;
    }

    /** Header names (lower case) a scheme sets: they get no setter of their own. */
    Set<String> secretHeaders() {
        return secretHeaders;
    }

    /** Query parameter names (lower case) a scheme sets: they get no setter of their own. */
    Set<String> secretQuery() {
        return secretQuery;
    }

    void add(TypeSpec.Builder build, SecurityScheme scheme) {
        String about = "Security scheme {@code " + Javadocs.escape(scheme.key()).strip() + "}";
        String description = EndpointGenerator.describe(scheme.description());
        if (scheme instanceof SecurityScheme.HttpApiKey key) {
            addApiKey(build, key, about, description);
        } else if (scheme instanceof SecurityScheme.Http http && http.scheme().equalsIgnoreCase("bearer")) {
            secretHeaders.add("authorization");
            addFamily(
                    build,
                    MethodNames.preferredOr(members, "bearerToken", JavaNames.memberName(scheme.key())),
                    new Destination(scheme.key(), "HEADER", "Authorization", "Bearer "),
                    CodeBlock.of(
                            "$L: sends {@code Authorization: Bearer <token>}$L.\n$L",
                            about,
                            http.bearerFormat()
                                    .map(f -> " (a " + Javadocs.escape(f).strip() + ")")
                                    .orElse(""),
                            description));
        } else if (scheme instanceof SecurityScheme.Http http && http.scheme().equalsIgnoreCase("basic")) {
            addBasic(build, http, about, description);
        }
        // other kinds (oauth2, openIdConnect, user/password keys) have no place in a WebSocket handshake
    }

    /** Where a credential goes: the scheme it belongs to, the header or query parameter, and what precedes the secret. */
    private record Destination(String scheme, String place, String name, String prefix) {}

    private void addApiKey(TypeSpec.Builder build, SecurityScheme.HttpApiKey key, String about, String description) {
        // the Authorization header is a token of its own kind: name the setter after the scheme
        String fromKey = JavaNames.memberName(key.key());
        String method = key.name().equalsIgnoreCase("authorization")
                ? MethodNames.preferredOr(members, fromKey, fromKey + "Token")
                : MethodNames.preferredOr(members, "apiKey", fromKey);
        String wire = key.name().toLowerCase(Locale.ROOT);
        String name = Javadocs.escape(key.name()).strip();
        switch (key.in()) {
            case QUERY -> {
                secretQuery.add(wire);
                addFamily(
                        build,
                        method,
                        new Destination(key.key(), "QUERY", key.name(), ""),
                        CodeBlock.of("$L: sends the key in query parameter {@code $L}.\n$L", about, name, description));
            }
            case COOKIE -> {
                secretHeaders.add("cookie");
                addFamily(
                        build,
                        method,
                        new Destination(key.key(), "HEADER", "Cookie", key.name() + "="),
                        CodeBlock.of("$L: sends the key in cookie {@code $L}.\n$L", about, name, description));
            }
            case HEADER -> {
                secretHeaders.add(wire);
                addFamily(
                        build,
                        method,
                        new Destination(key.key(), "HEADER", key.name(), ""),
                        CodeBlock.of("$L: sends the key in header {@code $L}.\n$L", about, name, description));
            }
        }
    }

    /** {@code basic(user, password)}, and the family taking credentials already encoded. */
    private void addBasic(TypeSpec.Builder build, SecurityScheme.Http http, String about, String description) {
        secretHeaders.add("authorization");
        String basic = MethodNames.preferredOr(members, "basic", JavaNames.memberName(http.key()));
        build.addMethod(MethodSpec.methodBuilder(basic)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("$L: sends {@code Authorization: Basic <base64(user:password)>}.\n$L", about, description)
                .addParameter(STRING, "user")
                .addParameter(STRING, "password")
                .beginControlFlow("if (user == null || password == null)")
                .addStatement(
                        "return credential($S, $T.HEADER, $S, $S, null, $S)",
                        http.key(),
                        PLACE,
                        "Authorization",
                        "Basic ",
                        basic + "(String, String)")
                .endControlFlow()
                .addStatement(
                        "return credential($S, $T.HEADER, $S, $S, $T.of($T.getEncoder().encodeToString((user + $S +"
                                + " password).getBytes($T.UTF_8))), $S)",
                        http.key(),
                        PLACE,
                        "Authorization",
                        "Basic ",
                        RuntimeTypes.CREDENTIAL,
                        Base64.class,
                        ":",
                        StandardCharsets.class,
                        basic + "(String, String)")
                .build());
        addFamily(
                build,
                MethodNames.preferredOr(members, "basicCredentials", JavaNames.memberName(http.key()) + "Credentials"),
                new Destination(http.key(), "HEADER", "Authorization", "Basic "),
                CodeBlock.of(
                        "$L: sends {@code Authorization: Basic <credentials>}, with the credentials already encoded as"
                                + " the service hands them out.\n",
                        about));
    }

    /** {@code method(String)}, {@code method(Supplier<String>)} and {@code methodAsync(Supplier<CompletionStage>)}. */
    private void addFamily(TypeSpec.Builder build, String method, Destination to, CodeBlock about) {
        String async = members.allocate(method + "Async");
        build.addMethod(MethodSpec.methodBuilder(method)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addJavadoc(about)
                        .addJavadoc(
                                "\n<p>A fixed secret: use {@link #$L($T)} for one that expires.\n", method, SUPPLIER)
                        .addParameter(STRING, "secret")
                        .addStatement(
                                "return credential($S, $T.$L, $S, $S, secret == null ? null : $T.of(secret), $S)",
                                to.scheme(),
                                PLACE,
                                to.place(),
                                to.name(),
                                to.prefix(),
                                RuntimeTypes.CREDENTIAL,
                                method + "(String)")
                        .build())
                .addMethod(MethodSpec.methodBuilder(method)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addJavadoc(about)
                        .addJavadoc("\n<p>{@code secret} is called on every connect and reconnect, so a token"
                                + " that expires (an Entra ID token, an ephemeral client secret) is fetched fresh.\n")
                        .addParameter(SUPPLIER, "secret")
                        .addStatement(
                                "return credential($S, $T.$L, $S, $S, secret == null ? null : $T.of(secret), $S)",
                                to.scheme(),
                                PLACE,
                                to.place(),
                                to.name(),
                                to.prefix(),
                                RuntimeTypes.CREDENTIAL,
                                method + "(Supplier)")
                        .build())
                .addMethod(MethodSpec.methodBuilder(async)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addJavadoc(about)
                        .addJavadoc("\n<p>{@code secret} is called on every connect and reconnect; the connect"
                                + " waits for the stage it returns (within the connect timeout).\n")
                        .addParameter(ASYNC_SUPPLIER, "secret")
                        .addStatement(
                                "return credential($S, $T.$L, $S, $S, secret == null ? null : $T.async(secret), $S)",
                                to.scheme(),
                                PLACE,
                                to.place(),
                                to.name(),
                                to.prefix(),
                                RuntimeTypes.CREDENTIAL,
                                async + "(Supplier)")
                        .build());
    }
}
