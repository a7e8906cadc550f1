package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.BindingParameter;
import io.asyncgen.core.model.Server;
import io.asyncgen.core.model.ServerVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * An endpoint builder's {@code build()}: fills the server URL and address, applies defaults,
 * checks every setting (missing, malformed, not allowed) and refuses with all problems at once;
 * plus the per-document lookups it needs ({@code serverTemplate}, {@code variableDefault},
 * {@code checkVariables}).
 */
final class EndpointBuildMethod {
    private static final ClassName STRING = JsonTypes.STRING;
    private static final ClassName SUPPORT = RuntimeTypes.ENDPOINT_SUPPORT;

    private final ClassName self;
    private final EndpointDescriptor endpoint;

    /** A required setting: its setter as a message names it ({@code model(String)}) and the wire name it sets. */
    record Setting(String call, String wireName) {}

    EndpointBuildMethod(ClassName self, EndpointDescriptor endpoint) {
        this.self = self;
        this.endpoint = endpoint;
    }

    MethodSpec build(List<Setting> requiredQuery, List<Setting> requiredHeaders) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc(
                        "The endpoint.\n@throws IllegalStateException listing every setting that is missing, malformed or"
                                + " not allowed\n")
                .addStatement("$T problems = new $T<>(this.problems)", JsonTypes.STRING_LIST, JsonTypes.ARRAY_LIST)
                .addStatement("$T base", STRING)
                .beginControlFlow("if (serverUrl != null)")
                .addStatement("base = $T.webSocketUrl(serverUrl, problems)", SUPPORT);
        if (endpoint.servers().isEmpty()) {
            method.nextControlFlow("else")
                    .addStatement("problems.add($S)", "the document names no server: call serverUrl(String)")
                    .addStatement("base = $S", "");
        } else {
            method.nextControlFlow("else")
                    .addStatement("checkVariables(problems)")
                    .addStatement(
                            endpoint.hasVariableDefaults()
                                    ? "base = $T.fill(serverTemplate(server), name -> variables.containsKey(name) ? variables.get(name)"
                                            + " : variableDefault(server, name), $S, problems)"
                                    : "base = $T.fill(serverTemplate(server), variables::get, $S, problems)",
                            SUPPORT,
                            "server variable");
        }
        method.endControlFlow()
                .addStatement(
                        "$T path = $T.fill(ADDRESS, name -> parameters.containsKey(name) ? $T.encode(parameters.get(name))"
                                + " : null, $S, problems)",
                        STRING,
                        SUPPORT,
                        SUPPORT,
                        "channel parameter")
                .addStatement(
                        "$T<$T, $T<$T>> query = new $T<>(this.query)",
                        Map.class,
                        STRING,
                        List.class,
                        STRING,
                        LinkedHashMap.class);
        for (BindingParameter query : endpoint.query()) {
            if (query.appliedValue().isPresent()) {
                method.addStatement(
                        "query.putIfAbsent($S, $T.of($S))",
                        query.name(),
                        List.class,
                        query.appliedValue().orElseThrow());
            }
        }
        for (Setting query : requiredQuery) {
            method.beginControlFlow("if (!query.containsKey($S))", query.wireName())
                    .addStatement(
                            "problems.add($S)",
                            "query parameter '" + query.wireName() + "' is required: call " + query.call())
                    .endControlFlow();
        }
        for (Setting header : requiredHeaders) {
            method.beginControlFlow("if (!headers.containsKey($S))", header.wireName())
                    .addStatement(
                            "problems.add($S)", "header '" + header.wireName() + "' is required: call " + header.call())
                    .endControlFlow();
        }
        return method.beginControlFlow("if (!problems.isEmpty())")
                .addStatement(
                        "throw new $T($S + $T.join($S, problems))",
                        IllegalStateException.class,
                        "cannot build " + self.simpleName() + ": ",
                        STRING,
                        "; ")
                .endControlFlow()
                .addStatement(
                        "return new $T($T.join(base, path), query, headers, new $T<>(credentials.values()))",
                        self,
                        SUPPORT,
                        ArrayList.class)
                .build();
    }

    /** The per-document lookups {@code build()} uses. */
    static void addHelpers(TypeSpec.Builder build, EndpointDescriptor endpoint) {
        List<Server> servers = endpoint.servers();
        if (servers.isEmpty()) {
            return;
        }
        MethodSpec.Builder template = MethodSpec.methodBuilder("serverTemplate")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STRING)
                .addParameter(STRING, "name")
                .addJavadoc("The URL of a server, with its scheme, or null for a name the document does not have.\n")
                .beginControlFlow("switch (name)");
        for (Server server : servers) {
            template.addStatement("case $S: return $S", server.name(), EndpointDescriptor.url(server));
        }
        build.addMethod(
                template.addStatement("default: return null").endControlFlow().build());
        MethodSpec.Builder check = MethodSpec.methodBuilder("checkVariables")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "Checks the server variables that were set: allowed values, no whole URL where a part is meant.\n")
                .addParameter(JsonTypes.STRING_LIST, "problems");
        for (ServerVariable variable : endpoint.variables()) {
            check.beginControlFlow("if (variables.containsKey($S))", variable.name())
                    .addStatement(
                            "$T.checkVariable($S, variables.get($S), serverTemplate(server), $L, problems)",
                            SUPPORT,
                            variable.name(),
                            variable.name(),
                            list(variable.allowedValues()))
                    .endControlFlow();
        }
        build.addMethod(check.build());
        if (!endpoint.hasVariableDefaults()) {
            return;
        }
        MethodSpec.Builder defaults = MethodSpec.methodBuilder("variableDefault")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STRING)
                .addParameter(STRING, "server")
                .addParameter(STRING, "variable")
                .beginControlFlow("switch (server + $S + variable)", "/");
        for (Server server : servers) {
            for (ServerVariable variable : server.variables()) {
                variable.defaultValue()
                        .ifPresent(value -> defaults.addStatement(
                                "case $S: return $S", server.name() + "/" + variable.name(), value));
            }
        }
        build.addMethod(
                defaults.addStatement("default: return null").endControlFlow().build());
    }

    private static CodeBlock list(List<String> values) {
        return CodeBlock.of(
                "$T.of($L)",
                List.class,
                values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")));
    }
}
