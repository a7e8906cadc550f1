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
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.model.Server;
import io.asyncgen.core.model.ServerVariable;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.NameScope;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code <Connection>Endpoint}: where and how a client opens a connection, built by a typed
 * builder from the document: the servers (URL variables with their defaults), the channel
 * parameters, the ws binding's query parameters and headers, and the credentials of the security
 * schemes that apply ({@code apiKey}, {@code bearerToken}, {@code basic}). Secrets are masked in
 * {@code toString}.
 */
final class EndpointGenerator {
  private static final ClassName STRING = JsonTypes.STRING;
  private static final TypeName STRING_MAP = ParameterizedTypeName.get(JsonTypes.MAP, STRING, STRING);
  private static final ClassName LINKED_MAP = JsonTypes.LINKED_HASH_MAP;
  private static final String MASK = "****";
  /** Headers and query parameters that hold secrets however they were set. */
  private static final List<String> SECRET_HEADERS = List.of("authorization", "proxy-authorization", "cookie",
      "api-key", "x-api-key");
  private static final List<String> SECRET_QUERY = List.of("api-key", "api_key", "apikey", "access_token", "token");
  /** Builder members the typed setters must not take. */
  private static final List<String> BUILDER_MEMBERS = List.of("server", "serverUrl", "queryParameter", "header",
      "build", "secretHeader", "fill", "encode", "serverTemplate", "variableDefault", "queryString", "join",
      "toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  private final AsyncApi api;
  private final GeneratedNames names;

  EndpointGenerator(AsyncApi api, GeneratedNames names) {
    this.api = api;
    this.names = names;
  }

  /** A typed setter of the builder: its name, the wire name it sets and its Javadoc. */
  private record Setter(String method, String wireName) {}

  TypeSpec generate(ConnectionSkeleton skeleton) {
    EndpointDescriptor endpoint = EndpointDescriptor.of(api, skeleton.connection());
    ClassName self = names.type(skeleton.endpointName().orElseThrow());
    ClassName builder = self.nestedClass("Builder");
    List<Server> servers = endpoint.servers();
    NameScope members = NameScope.forMembers();
    BUILDER_MEMBERS.forEach(members::reserve);

    Set<String> secretHeaders = new TreeSet<>(SECRET_HEADERS);
    Set<String> secretQuery = new TreeSet<>(SECRET_QUERY);
    TypeSpec.Builder build = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Collects what {@link #build()} needs; every setter returns this builder.\n");
    addBuilderFields(build, servers);
    build.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    addServerMethods(build, builder, servers);
    Set<String> coveredHeaders = new TreeSet<>();
    Set<String> coveredQuery = new TreeSet<>();
    for (SecurityScheme scheme : endpoint.schemes()) {
      SecuritySetters.add(build, builder, scheme, members, secretHeaders, secretQuery, coveredHeaders, coveredQuery);
    }
    for (ServerVariable variable : endpoint.variables()) {
      String method = members.allocate(JavaNames.memberName(variable.name()));
      build.addMethod(setter(builder, method, CodeBlock.of("Server variable {@code $L}$L.\n$L$L",
          Javadocs.escape(variable.name()).strip(), defaultNote(variable.defaultValue()),
          describe(variable.description()), allowed(variable.allowedValues())), variable.name(), "variables"));
    }
    for (ChannelParameter parameter : endpoint.parameters()) {
      String method = members.allocate(JavaNames.memberName(parameter.name()));
      build.addMethod(setter(builder, method, CodeBlock.of("Channel parameter {@code $L}: part of the address.\n$L",
          Javadocs.escape(parameter.name()).strip(), describe(parameter.description())), parameter.name(),
          "parameters"));
    }
    List<Setter> requiredQuery = new ArrayList<>();
    List<BindingParameter> defaultedQuery = new ArrayList<>();
    for (BindingParameter query : endpoint.query()) {
      if (coveredQuery.contains(query.name().toLowerCase(Locale.ROOT))) {
        continue;
      }
      String method = members.allocate(JavaNames.memberName(query.name()));
      build.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("Query parameter {@code $L}$L.\n$L", Javadocs.escape(query.name()).strip(),
              query.required() ? " (required)" : "", describe(query.description()) + defaultNote(query.defaultValue()))
          .addParameter(STRING, "value")
          .addStatement("return queryParameter($S, value)", query.name()).build());
      if (query.required() && query.defaultValue().isPresent()) {
        defaultedQuery.add(query);
      } else if (query.required()) {
        requiredQuery.add(new Setter(method, query.name()));
      }
    }
    for (BindingParameter header : endpoint.headers()) {
      if (coveredHeaders.contains(header.name().toLowerCase(Locale.ROOT))) {
        continue;
      }
      String method = members.allocate(JavaNames.memberName(header.name()));
      build.addMethod(MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("Header {@code $L}$L.\n$L", Javadocs.escape(header.name()).strip(),
              header.required() ? " (required)" : "", describe(header.description()))
          .addParameter(STRING, "value")
          .addStatement("return header($S, value)", header.name()).build());
    }
    addGenericSetters(build, builder);
    build.addMethod(buildMethod(self, endpoint, requiredQuery, defaultedQuery,
        endpoint.headers().stream().filter(h -> h.required()
            && !coveredHeaders.contains(h.name().toLowerCase(Locale.ROOT))).toList()));
    addHelpers(build, endpoint);

    return names.topLevel(TypeSpec.classBuilder(self)).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Where and how to open {@code $L}: the server URL, the address, the handshake's query parameters"
            + " and headers, and credentials. Secrets never appear in {@link #toString()}.\n",
            Javadocs.escape(endpoint.address()).strip())
        .addField(FieldSpec.builder(STRING, "ADDRESS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The channel address, with its {@code {parameters}}.\n")
            .initializer("$S", endpoint.address()).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(JsonTypes.SET, STRING), "SECRET_HEADERS",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", Set.class, literals(secretHeaders)).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(JsonTypes.SET, STRING), "SECRET_QUERY",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", Set.class, literals(secretQuery)).build())
        .addField(URI.class, "uri", Modifier.PRIVATE, Modifier.FINAL)
        .addField(STRING_MAP, "headers", Modifier.PRIVATE, Modifier.FINAL)
        .addField(STRING, "description", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(URI.class, "uri").addParameter(STRING_MAP, "headers").addParameter(STRING, "description")
            .addStatement("this.uri = uri")
            .addStatement("this.headers = $T.unmodifiableMap(new $T<>(headers))", java.util.Collections.class,
                LINKED_MAP)
            .addStatement("this.description = description").build())
        .addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
            .addStatement("return new $T()", builder).build())
        .addMethod(MethodSpec.methodBuilder("uri").addModifiers(Modifier.PUBLIC).returns(URI.class)
            .addJavadoc("The URI to open: server URL, address and query parameters, secrets included.\n")
            .addStatement("return uri").build())
        .addMethod(MethodSpec.methodBuilder("headers").addModifiers(Modifier.PUBLIC).returns(STRING_MAP)
            .addJavadoc("The handshake headers in the order they were set, secrets included.\n")
            .addStatement("return headers").build())
        .addMethod(MethodSpec.methodBuilder("toString").addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
            .returns(STRING)
            .addJavadoc("The URI and headers with every secret shown as {@code $L}.\n", MASK)
            .addStatement("return description").build())
        .addType(build.build())
        .build();
  }

  private static void addBuilderFields(TypeSpec.Builder build, List<Server> servers) {
    for (String field : List.of("variables", "parameters", "query", "headers")) {
      build.addField(FieldSpec.builder(STRING_MAP, field, Modifier.PRIVATE, Modifier.FINAL)
          .initializer("new $T<>()", LINKED_MAP).build());
    }
    if (!servers.isEmpty()) {
      build.addField(FieldSpec.builder(STRING, "server", Modifier.PRIVATE).initializer("$S", servers.get(0).name())
          .build());
    }
    build.addField(STRING, "serverUrl", Modifier.PRIVATE);
  }

  private static void addServerMethods(TypeSpec.Builder build, ClassName builder, List<Server> servers) {
    if (!servers.isEmpty()) {
      String known = servers.stream().map(Server::name).collect(Collectors.joining(", "));
      build.addMethod(MethodSpec.methodBuilder("server").addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("Uses the server called {@code name}, one of: $L (default {@code $L}).\n",
              servers.stream().map(s -> "{@code " + Javadocs.escape(s.name()).strip() + "}")
                  .collect(Collectors.joining(", ")), Javadocs.escape(servers.get(0).name()).strip())
          .addParameter(STRING, "name")
          .beginControlFlow("if (serverTemplate(name) == null)")
          .addStatement("throw new $T($S + name + $S)", IllegalArgumentException.class, "unknown server '",
              "'; the document names: " + known)
          .endControlFlow()
          .addStatement("this.server = name")
          .addStatement("return this").build());
    }
    build.addMethod(MethodSpec.methodBuilder("serverUrl").addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("Connects to {@code url} ({@code ws://localhost:8080}) instead of a server of the document: a test"
            + " server, a proxy. The address is appended to it.\n")
        .addParameter(STRING, "url")
        .addStatement("this.serverUrl = $T.requireNonNull(url, $S)", java.util.Objects.class, "url")
        .addStatement("return this").build());
  }

  private static void addGenericSetters(TypeSpec.Builder build, ClassName builder) {
    build.addMethod(MethodSpec.methodBuilder("queryParameter").addModifiers(Modifier.PUBLIC).returns(builder)
            .addJavadoc("Sets any query parameter, also one the document does not name.\n")
            .addParameter(STRING, "name").addParameter(STRING, "value")
            .addStatement("query.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))",
                java.util.Objects.class, "name", java.util.Objects.class, "value")
            .addStatement("return this").build())
        .addMethod(MethodSpec.methodBuilder("header").addModifiers(Modifier.PUBLIC).returns(builder)
            .addJavadoc("Sets any handshake header, also one the document does not name.\n")
            .addParameter(STRING, "name").addParameter(STRING, "value")
            .addStatement("headers.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))",
                java.util.Objects.class, "name", java.util.Objects.class, "value")
            .addStatement("return this").build());
  }

  private static MethodSpec setter(ClassName builder, String method, CodeBlock javadoc, String wireName, String map) {
    return MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc(javadoc)
        .addParameter(STRING, "value")
        .addStatement("$L.put($S, $T.requireNonNull(value, $S))", map, wireName, java.util.Objects.class, "value")
        .addStatement("return this").build();
  }

  private MethodSpec buildMethod(ClassName self, EndpointDescriptor endpoint, List<Setter> requiredQuery,
      List<BindingParameter> defaultedQuery, List<BindingParameter> requiredHeaders) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
        .addJavadoc("The endpoint.\n@throws IllegalStateException naming everything required that is not set\n")
        .addStatement("$T problems = new $T<>()", JsonTypes.STRING_LIST, JsonTypes.ARRAY_LIST)
        .addStatement("$T base = serverUrl", STRING);
    if (endpoint.servers().isEmpty()) {
      method.beginControlFlow("if (base == null)")
          .addStatement("problems.add($S)", "the document names no server: call serverUrl(String)")
          .addStatement("base = $S", "")
          .endControlFlow();
    } else {
      method.beginControlFlow("if (base == null)")
          .addStatement(endpoint.hasVariableDefaults()
              ? "base = fill(serverTemplate(server), name -> variables.containsKey(name) ? variables.get(name)"
                  + " : variableDefault(server, name), $S, problems)"
              : "base = fill(serverTemplate(server), variables::get, $S, problems)", "server variable")
          .endControlFlow();
    }
    method.addStatement("$T path = fill(ADDRESS, name -> parameters.containsKey(name) ? encode(parameters.get(name))"
        + " : null, $S, problems)", STRING, "channel parameter")
        .addStatement("$T query = new $T<>(this.query)", STRING_MAP, LINKED_MAP);
    for (BindingParameter query : defaultedQuery) {
      method.addStatement("query.putIfAbsent($S, $S)", query.name(), query.defaultValue().orElseThrow());
    }
    for (Setter query : requiredQuery) {
      method.beginControlFlow("if (!query.containsKey($S))", query.wireName())
          .addStatement("problems.add($S)", "query parameter '" + query.wireName() + "' is required: call "
              + query.method() + "(String)")
          .endControlFlow();
    }
    for (BindingParameter header : requiredHeaders) {
      method.beginControlFlow("if (!headers.containsKey($S))", header.name())
          .addStatement("problems.add($S)", "header '" + header.name() + "' is required")
          .endControlFlow();
    }
    return method.beginControlFlow("if (!problems.isEmpty())")
        .addStatement("throw new $T($S + $T.join($S, problems))", IllegalStateException.class,
            "cannot build " + self.simpleName() + ": ", STRING, "; ")
        .endControlFlow()
        .addStatement("$T target = join(base, path)", STRING)
        .addStatement("$T shown = new $T($S, $S, $S)", java.util.StringJoiner.class, java.util.StringJoiner.class,
            ", ", "{", "}")
        .addStatement("headers.forEach((name, value) -> shown.add(name + $S + (SECRET_HEADERS.contains(name.toLowerCase("
            + "$T.ROOT)) ? $S : value)))", "=", Locale.class, MASK)
        .addStatement("$T separator = query.isEmpty() ? $S : target.contains($S) ? $S : $S", STRING, "", "?", "&", "?")
        .addStatement("return new $T($T.create(target + separator + queryString(query, false)), headers, $S + target"
            + " + separator + queryString(query, true) + $S + shown + $S)", self, URI.class,
            self.simpleName() + "[uri=", ", headers=", "]")
        .build();
  }

  private void addHelpers(TypeSpec.Builder build, EndpointDescriptor endpoint) {
    List<Server> servers = endpoint.servers();
    TypeName values = ParameterizedTypeName.get(ClassName.get(java.util.function.Function.class), STRING, STRING);
    build.addMethod(MethodSpec.methodBuilder("fill").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(STRING)
        .addJavadoc("Replaces every {@code {name}} of {@code template}; a name without a value is a problem.\n")
        .addParameter(STRING, "template").addParameter(values, "values").addParameter(STRING, "kind")
        .addParameter(JsonTypes.STRING_LIST, "problems")
        .addStatement("$T out = new $T()", StringBuilder.class, StringBuilder.class)
        .addStatement("int at = 0")
        .addStatement("int open = template.indexOf('{')")
        .beginControlFlow("while (open >= 0 && template.indexOf('}', open) > open)")
        .addStatement("int close = template.indexOf('}', open)")
        .addStatement("$T name = template.substring(open + 1, close)", STRING)
        .addStatement("$T value = values.apply(name)", STRING)
        .beginControlFlow("if (value == null)")
        .addStatement("problems.add(kind + $S + name + $S)", " '", "' is not set")
        .endControlFlow()
        .addStatement("out.append(template, at, open).append(value == null ? $S : value)", "")
        .addStatement("at = close + 1")
        .addStatement("open = template.indexOf('{', at)")
        .endControlFlow()
        .addStatement("return out.append(template, at, template.length()).toString()").build());
    build.addMethod(MethodSpec.methodBuilder("join").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(STRING)
        .addParameter(STRING, "base").addParameter(STRING, "path")
        .addComment("a server URL may carry a query of its own: the path goes before it")
        .addStatement("int question = base.indexOf('?')")
        .addStatement("$T baseQuery = question < 0 ? $S : base.substring(question)", STRING, "")
        .addStatement("$T basePath = question < 0 ? base : base.substring(0, question)", STRING)
        .addStatement("$T trimmed = basePath.endsWith($S) ? basePath.substring(0, basePath.length() - 1) : basePath",
            STRING, "/")
        .addStatement("return trimmed + (path.startsWith($S) ? path : $S + path) + baseQuery", "/", "/").build());
    build.addMethod(MethodSpec.methodBuilder("encode").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(STRING)
        .addParameter(STRING, "value")
        .addStatement("return $T.encode(value, $T.UTF_8).replace($S, $S)", java.net.URLEncoder.class,
            java.nio.charset.StandardCharsets.class, "+", "%20").build());
    build.addMethod(MethodSpec.methodBuilder("queryString").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(STRING).addParameter(STRING_MAP, "query").addParameter(boolean.class, "masked")
        .addStatement("$T joined = new $T($S, $S, $S).setEmptyValue($S)", java.util.StringJoiner.class,
            java.util.StringJoiner.class, "&", "", "", "")
        .addStatement("query.forEach((name, value) -> joined.add(encode(name) + $S + (masked && SECRET_QUERY.contains("
            + "name.toLowerCase($T.ROOT)) ? $S : encode(value))))", "=", Locale.class, MASK)
        .addStatement("return joined.toString()").build());
    if (servers.isEmpty()) {
      return;
    }
    MethodSpec.Builder template = MethodSpec.methodBuilder("serverTemplate").addModifiers(Modifier.PRIVATE,
            Modifier.STATIC).returns(STRING).addParameter(STRING, "name")
        .addJavadoc("The URL of a server, with its scheme, or null for a name the document does not have.\n")
        .beginControlFlow("switch (name)");
    for (Server server : servers) {
      template.addStatement("case $S: return $S", server.name(), EndpointDescriptor.url(server));
    }
    build.addMethod(template.addStatement("default: return null").endControlFlow().build());
    if (!endpoint.hasVariableDefaults()) {
      return;
    }
    MethodSpec.Builder defaults = MethodSpec.methodBuilder("variableDefault").addModifiers(Modifier.PRIVATE,
            Modifier.STATIC).returns(STRING).addParameter(STRING, "server").addParameter(STRING, "variable")
        .beginControlFlow("switch (server + $S + variable)", "/");
    for (Server server : servers) {
      for (ServerVariable variable : server.variables()) {
        variable.defaultValue().ifPresent(value ->
            defaults.addStatement("case $S: return $S", server.name() + "/" + variable.name(), value));
      }
    }
    build.addMethod(defaults.addStatement("default: return null").endControlFlow().build());
  }

  /** {@code preferred} when free, else a name from the scheme's key. */
  static String name(NameScope members, String preferred, String fromKey) {
    return members.isFree(preferred) ? members.allocate(preferred) : members.allocate(fromKey);
  }

  static String describe(Optional<String> description) {
    return description.filter(d -> !d.isBlank()).map(d -> "\n<p>" + Javadocs.escape(d)).orElse("");
  }

  private static String defaultNote(Optional<String> defaultValue) {
    return defaultValue.map(d -> " (default {@code " + Javadocs.escape(d).strip() + "})").orElse("");
  }

  private static String allowed(List<String> values) {
    return values.isEmpty() ? "" : "\n<p>One of: " + values.stream()
        .map(v -> "{@code " + Javadocs.escape(v).strip() + "}").collect(Collectors.joining(", ")) + ".\n";
  }

  private static CodeBlock literals(Set<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
  }
}
