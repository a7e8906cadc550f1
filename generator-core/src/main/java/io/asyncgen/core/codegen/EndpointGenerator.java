package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.BindingParameter;
import io.asyncgen.core.model.ChannelParameter;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.model.ServerVariable;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.MethodNames;
import io.asyncgen.core.naming.NameScope;
import io.asyncgen.core.naming.ReservedTypeNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code <Connection>Endpoint}: where and how a client opens a connection, built by a typed
 * builder from the document: the servers (URL variables with their defaults), the channel
 * parameters, the ws binding's query parameters and headers, and the credentials of the security
 * schemes that apply ({@code apiKey}, {@code bearerToken}, {@code basic}), fixed or supplied per
 * connect. {@code build()} lists every setting that is missing or malformed; secrets never appear
 * in {@code toString}.
 */
final class EndpointGenerator {
    private static final ClassName STRING = JsonTypes.STRING;
    static final TypeName STRING_MAP = ParameterizedTypeName.get(JsonTypes.MAP, STRING, STRING);
    /** Query parameters: a parameter may be repeated. */
    static final TypeName QUERY_MAP = ParameterizedTypeName.get(JsonTypes.MAP, STRING, JsonTypes.STRING_LIST);

    private static final ClassName LINKED_MAP = JsonTypes.LINKED_HASH_MAP;
    private static final ClassName SUPPORT = RuntimeTypes.ENDPOINT_SUPPORT;
    private static final ClassName SLOT = RuntimeTypes.CREDENTIAL_SLOT;
    private static final TypeName SLOTS = ParameterizedTypeName.get(JsonTypes.LIST, SLOT);

    private final AsyncApi api;
    private final GeneratedNames names;
    private final TypeMapper types;

    EndpointGenerator(AsyncApi api, GeneratedNames names, TypeMapper types) {
        this.api = api;
        this.names = names;
        this.types = types;
    }

    TypeSpec generate(ConnectionSkeleton skeleton) {
        EndpointDescriptor endpoint = EndpointDescriptor.of(api, skeleton.connection());
        ClassName self = names.type(skeleton.endpointName().orElseThrow());
        ClassName builder = self.nestedClass(ReservedTypeNames.BUILDER);
        NameScope members = MethodNames.endpointBuilderScope();

        TypeSpec.Builder build = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Collects what {@link #build()} needs; every setter returns this builder. A setter given"
                        + " {@code null} is reported by {@code build()}.\n");
        EndpointBuilderMembers.addFields(build, endpoint.servers());
        build.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        EndpointBuilderMembers.addServerMethods(build, builder, endpoint.servers());
        SecuritySetters security = new SecuritySetters(builder, members);
        for (SecurityScheme scheme : endpoint.schemes()) {
            security.add(build, scheme);
        }
        addAddressSetters(build, builder, members, endpoint);
        Set<String> secretQuery = new TreeSet<>(security.secretQuery());
        List<EndpointBuildMethod.Setting> requiredQuery =
                addQuerySetters(build, builder, members, endpoint, secretQuery);
        Set<String> secretHeaders = new TreeSet<>(security.secretHeaders());
        List<EndpointBuildMethod.Setting> requiredHeaders =
                addHeaderSetters(build, builder, members, endpoint, secretHeaders);
        EndpointBuilderMembers.addGenericSetters(build, builder);
        build.addMethod(new EndpointBuildMethod(self, endpoint).build(requiredQuery, requiredHeaders));
        EndpointBuildMethod.addHelpers(build, endpoint);
        return endpointType(self, endpoint, secretHeaders, secretQuery, build.build());
    }

    /**
     * The setters of the handshake's query parameters (typed by their schemas), adding the names of
     * secret ones to {@code secretQuery}; returns the settings {@code build()} requires.
     */
    private List<EndpointBuildMethod.Setting> addQuerySetters(
            TypeSpec.Builder build,
            ClassName builder,
            NameScope members,
            EndpointDescriptor endpoint,
            Set<String> secretQuery) {
        List<EndpointBuildMethod.Setting> required = new ArrayList<>();
        Set<String> credentials = Set.copyOf(secretQuery);
        QuerySetters querySetters = new QuerySetters(builder);
        for (BindingParameter query : endpoint.query()) {
            if (credentials.contains(query.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean secret = isSecret(query);
            if (secret) {
                secretQuery.add(query.name().toLowerCase(Locale.ROOT));
            }
            String method = members.allocate(JavaNames.memberName(query.name()));
            QueryValue value = QueryValue.of(query.type(), api, ref -> !types.isMapped(ref), names::type);
            querySetters.add(build, method, query, value, QuerySetters.javadoc(query, secret));
            if (query.required() && query.appliedValue().isEmpty()) {
                required.add(new EndpointBuildMethod.Setting(
                        method + "(" + QuerySetters.parameterText(value) + ")", query.name()));
            }
        }
        return required;
    }

    /**
     * The setters of the handshake's headers, adding the names of secret ones to {@code secretHeaders};
     * returns the settings {@code build()} requires.
     */
    private static List<EndpointBuildMethod.Setting> addHeaderSetters(
            TypeSpec.Builder build,
            ClassName builder,
            NameScope members,
            EndpointDescriptor endpoint,
            Set<String> secretHeaders) {
        List<EndpointBuildMethod.Setting> required = new ArrayList<>();
        Set<String> credentials = Set.copyOf(secretHeaders);
        for (BindingParameter header : endpoint.headers()) {
            if (credentials.contains(header.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean secret = isSecret(header);
            if (secret) {
                secretHeaders.add(header.name().toLowerCase(Locale.ROOT));
            }
            String method = members.allocate(JavaNames.memberName(header.name()));
            build.addMethod(setter(
                    builder,
                    method,
                    CodeBlock.of(
                            "Header {@code $L}$L.\n$L$L",
                            Javadocs.escape(header.name()).strip(),
                            header.required() ? " (required)" : "",
                            describe(header.description()),
                            secret ? "\n<p>A secret: never shown by {@code toString}.\n" : ""),
                    header.name(),
                    "headers"));
            if (header.required()) {
                required.add(new EndpointBuildMethod.Setting(method + "(String)", header.name()));
            }
        }
        return required;
    }
    /** The setters of the server variables and channel parameters: what the URL is made of. */
    private static void addAddressSetters(
            TypeSpec.Builder build, ClassName builder, NameScope members, EndpointDescriptor endpoint) {
        for (ServerVariable variable : endpoint.variables()) {
            String method = members.allocate(JavaNames.memberName(variable.name()));
            build.addMethod(setter(
                    builder,
                    method,
                    CodeBlock.of(
                            "Server variable {@code $L}$L.\n$L$L",
                            Javadocs.escape(variable.name()).strip(),
                            defaultNote(variable.defaultValue()),
                            describe(variable.description()),
                            allowed(variable.allowedValues())),
                    variable.name(),
                    "variables"));
        }
        for (ChannelParameter parameter : endpoint.parameters()) {
            String method = members.allocate(JavaNames.memberName(parameter.name()));
            build.addMethod(setter(
                    builder,
                    method,
                    CodeBlock.of(
                            "Channel parameter {@code $L}: part of the address.\n$L",
                            Javadocs.escape(parameter.name()).strip(),
                            describe(parameter.description())),
                    parameter.name(),
                    "parameters"));
        }
    }

    /** The endpoint class itself, around its finished {@code builder}. */
    private TypeSpec endpointType(
            ClassName self,
            EndpointDescriptor endpoint,
            Set<String> secretHeaders,
            Set<String> secretQuery,
            TypeSpec builder) {
        ClassName builderClass = self.nestedClass(builder.name());
        return names.topLevel(TypeSpec.classBuilder(self))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "Where and how to open {@code $L}: the server URL, the address, the handshake's query parameters"
                                + " and headers, and credentials (fetched again for every connection). Secrets never appear in"
                                + " {@link #toString()}.\n",
                        Javadocs.escape(endpoint.address()).strip())
                .addField(FieldSpec.builder(STRING, "ADDRESS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The channel address, with its {@code {parameters}}.\n")
                        .initializer("$S", endpoint.address())
                        .build())
                .addField(FieldSpec.builder(
                                ParameterizedTypeName.get(JsonTypes.SET, STRING),
                                "SECRET_HEADERS",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.of($L)", Set.class, literals(secretHeaders))
                        .build())
                .addField(FieldSpec.builder(
                                ParameterizedTypeName.get(JsonTypes.SET, STRING),
                                "SECRET_QUERY",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.of($L)", Set.class, literals(secretQuery))
                        .build())
                .addField(STRING, "target", Modifier.PRIVATE, Modifier.FINAL)
                .addField(QUERY_MAP, "query", Modifier.PRIVATE, Modifier.FINAL)
                .addField(STRING_MAP, "headers", Modifier.PRIVATE, Modifier.FINAL)
                .addField(SLOTS, "credentials", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(STRING, "target")
                        .addParameter(QUERY_MAP, "query")
                        .addParameter(STRING_MAP, "headers")
                        .addParameter(SLOTS, "credentials")
                        .addStatement("this.target = target")
                        .addStatement("this.query = $T.unmodifiableMap(new $T<>(query))", Collections.class, LINKED_MAP)
                        .addStatement(
                                "this.headers = $T.unmodifiableMap(new $T<>(headers))", Collections.class, LINKED_MAP)
                        .addStatement("this.credentials = $T.copyOf(credentials)", List.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builderClass)
                        .addStatement("return new $T()", builderClass)
                        .build())
                .addMethod(MethodSpec.methodBuilder("handshake")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(
                                ParameterizedTypeName.get(ClassName.get(CompletionStage.class), RuntimeTypes.HANDSHAKE))
                        .addJavadoc(
                                "What opens one connection: the URI and headers, with every credential fetched now (a"
                                        + " supplier is called on every call). A client calls it for every connect and reconnect.\n"
                                        + "@return completes exceptionally when a credential supplier failed\n")
                        .addStatement(
                                "return $T.handshake(target, query, headers, credentials, SECRET_HEADERS, SECRET_QUERY)",
                                SUPPORT)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(Override.class)
                        .returns(STRING)
                        .addJavadoc("The URI and headers with every credential and secret shown as {@code ****}.\n")
                        .addStatement(
                                "return $T.describe($S, target, query, headers, credentials, SECRET_HEADERS, SECRET_QUERY)",
                                SUPPORT,
                                self.simpleName())
                        .build())
                .addType(builder)
                .build();
    }

    private static MethodSpec setter(ClassName builder, String method, CodeBlock javadoc, String wireName, String map) {
        return MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc(javadoc)
                .addParameter(STRING, "value")
                .addStatement("return set($L, $S, value, $S)", map, wireName, method + "(String)")
                .build();
    }

    /** A parameter whose schema says its value is a password ({@code format: password}): masked like a credential. */
    private static boolean isSecret(BindingParameter parameter) {
        return parameter.type() instanceof ScalarType scalar
                && scalar.format().filter("password"::equals).isPresent();
    }

    static String describe(Optional<String> description) {
        return description
                .filter(d -> !d.isBlank())
                .map(d -> "\n" + Javadocs.paragraph(Javadocs.markdown(d)))
                .orElse("");
    }

    private static String defaultNote(Optional<String> defaultValue) {
        return defaultValue
                .map(d -> " (default {@code " + Javadocs.escape(d).strip() + "})")
                .orElse("");
    }

    private static String allowed(List<String> values) {
        return values.isEmpty()
                ? ""
                : "\n<p>One of: "
                        + values.stream()
                                .map(v -> "{@code " + Javadocs.escape(v).strip() + "}")
                                .collect(Collectors.joining(", "))
                        + ".\n";
    }

    private static CodeBlock literals(Set<String> values) {
        return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    }
}
