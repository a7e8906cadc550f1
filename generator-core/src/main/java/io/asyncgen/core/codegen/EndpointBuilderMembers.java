package io.asyncgen.core.codegen;

import static io.asyncgen.core.codegen.EndpointGenerator.QUERY_MAP;
import static io.asyncgen.core.codegen.EndpointGenerator.STRING_MAP;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.Server;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The members every endpoint builder has, whatever the document says: its fields, the choice of
 * server, the setters of settings the document does not name, and the private setters the typed
 * ones call. {@link EndpointGenerator} adds the typed setters and {@code build()}.
 */
final class EndpointBuilderMembers {
    private static final ClassName STRING = JsonTypes.STRING;
    private static final ClassName LINKED_MAP = JsonTypes.LINKED_HASH_MAP;
    private static final ClassName SLOT = RuntimeTypes.CREDENTIAL_SLOT;

    private EndpointBuilderMembers() {}

    /** The builder's state: the settings by kind, the credentials, the problems found, the server chosen. */
    static void addFields(TypeSpec.Builder build, List<Server> servers) {
        for (String field : List.of("variables", "parameters", "query", "headers")) {
            build.addField(FieldSpec.builder(
                            field.equals("query") ? QUERY_MAP : STRING_MAP, field, Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T<>()", LINKED_MAP)
                    .build());
        }
        build.addField(FieldSpec.builder(
                                ParameterizedTypeName.get(JsonTypes.MAP, STRING, SLOT),
                                "credentials",
                                Modifier.PRIVATE,
                                Modifier.FINAL)
                        .initializer("new $T<>()", LINKED_MAP)
                        .build())
                .addField(FieldSpec.builder(JsonTypes.STRING_LIST, "problems", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", JsonTypes.ARRAY_LIST)
                        .build());
        if (!servers.isEmpty()) {
            build.addField(FieldSpec.builder(STRING, "server", Modifier.PRIVATE)
                    .initializer("$S", servers.get(0).name())
                    .build());
        }
        build.addField(STRING, "serverUrl", Modifier.PRIVATE);
    }

    /** {@code server(name)} when the document names servers, and {@code serverUrl(url)}. */
    static void addServerMethods(TypeSpec.Builder build, ClassName builder, List<Server> servers) {
        if (!servers.isEmpty()) {
            String known = servers.stream().map(Server::name).collect(Collectors.joining(", "));
            build.addMethod(MethodSpec.methodBuilder("server")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addJavadoc(
                            "Uses the server called {@code name}, one of: $L (default {@code $L}).\n",
                            servers.stream()
                                    .map(s -> "{@code "
                                            + Javadocs.escape(s.name()).strip() + "}")
                                    .collect(Collectors.joining(", ")),
                            Javadocs.escape(servers.get(0).name()).strip())
                    .addParameter(STRING, "name")
                    .beginControlFlow("if (name == null || serverTemplate(name) == null)")
                    .addStatement(
                            "problems.add($S + name + $S)",
                            "server(String): unknown server '",
                            "'; the document names: " + known)
                    .nextControlFlow("else")
                    .addStatement("this.server = name")
                    .endControlFlow()
                    .addStatement("return this")
                    .build());
        }
        build.addMethod(MethodSpec.methodBuilder("serverUrl")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("Connects to {@code url} instead of a server of the document: a test server"
                        + " ({@code ws://127.0.0.1:8080}), a proxy, your resource's own endpoint. The address is appended to it;"
                        + " {@code https://} and {@code http://} become {@code wss://} and {@code ws://}.\n")
                .addParameter(STRING, "url")
                .beginControlFlow("if (url == null)")
                .addStatement("problems.add($S)", "serverUrl(String) was given null")
                .nextControlFlow("else")
                .addStatement("this.serverUrl = url")
                .endControlFlow()
                .addStatement("return this")
                .build());
    }

    /**
     * {@code queryParameter} and {@code header} for settings the document does not name, and the
     * private {@code set}/{@code credential} every typed setter calls.
     */
    static void addGenericSetters(TypeSpec.Builder build, ClassName builder) {
        build.addMethod(MethodSpec.methodBuilder("queryParameter")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addJavadoc(
                                "Sets any query parameter, also one the document does not name; with several values it is"
                                        + " sent once per value.\n")
                        .addParameter(STRING, "name")
                        .addParameter(ArrayTypeName.of(STRING), "values")
                        .varargs(true)
                        .addStatement("return setQuery(name, $S, values)", "queryParameter(String, String...)")
                        .build())
                .addMethod(QuerySetters.setQuery(builder))
                .addMethod(MethodSpec.methodBuilder("header")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addJavadoc("Sets any handshake header, also one the document does not name.\n")
                        .addParameter(STRING, "name")
                        .addParameter(STRING, "value")
                        .addStatement("return set(headers, name, value, $S)", "header(String, String)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("set")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(builder)
                        .addParameter(STRING_MAP, "settings")
                        .addParameter(STRING, "name")
                        .addParameter(STRING, "value")
                        .addParameter(STRING, "setter")
                        .beginControlFlow("if (name == null || value == null)")
                        .addStatement(
                                "problems.add(setter + $S + (name == null ? $S : $S))",
                                " was given null",
                                " for the name",
                                " (is the environment variable or setting it comes from there?)")
                        .nextControlFlow("else")
                        .addStatement("settings.put(name, value)")
                        .endControlFlow()
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("credential")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(builder)
                        .addParameter(STRING, "scheme")
                        .addParameter(RuntimeTypes.ENDPOINT_SUPPORT.nestedClass("Place"), "place")
                        .addParameter(STRING, "name")
                        .addParameter(STRING, "prefix")
                        .addParameter(RuntimeTypes.CREDENTIAL, "secret")
                        .addParameter(STRING, "setter")
                        .beginControlFlow("if (secret == null)")
                        .addStatement(
                                "problems.add(setter + $S)",
                                " was given null (is the environment variable or setting" + " it comes from there?)")
                        .nextControlFlow("else")
                        .addStatement("credentials.put(scheme, new $T(place, name, prefix, secret))", SLOT)
                        .endControlFlow()
                        .addStatement("return this")
                        .build());
    }
}
