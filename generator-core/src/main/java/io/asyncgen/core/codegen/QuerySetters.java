package io.asyncgen.core.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.asyncgen.core.model.BindingParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The typed setters of an endpoint builder for the ws binding's query parameters, one family per
 * parameter by its {@link QueryValue}: {@code punctuate(boolean)}, {@code sampleRate(long)},
 * {@code speed(double)}, {@code model(ListenV1Model)} beside {@code model(String)}, and
 * {@code keyterm(String...)} with {@code keyterm(List<String>)} for a repeated parameter. Each
 * stores the text the handshake's URL carries through the builder's {@code setQuery}.
 */
final class QuerySetters {
    private static final ClassName STRING = JsonTypes.STRING;

    private final ClassName builder;

    QuerySetters(ClassName builder) {
        this.builder = builder;
    }

    /** The setters of {@code parameter}, named {@code method}, with {@code javadoc}. */
    void add(TypeSpec.Builder build, String method, BindingParameter parameter, QueryValue value, CodeBlock javadoc) {
        String wire = parameter.name();
        if (value instanceof QueryValue.Flag) {
            build.addMethod(
                    single(method, wire, TypeName.BOOLEAN, CodeBlock.of("$T.valueOf(value)", String.class), javadoc));
        } else if (value instanceof QueryValue.WholeNumber) {
            build.addMethod(
                    single(method, wire, TypeName.LONG, CodeBlock.of("$T.valueOf(value)", String.class), javadoc));
        } else if (value instanceof QueryValue.Decimal) {
            build.addMethod(single(
                    method,
                    wire,
                    TypeName.DOUBLE,
                    CodeBlock.of("$T.number(value)", RuntimeTypes.ENDPOINT_SUPPORT),
                    javadoc));
        } else if (value instanceof QueryValue.Choice choice) {
            build.addMethod(
                    single(method, wire, choice.type(), CodeBlock.of("value == null ? null : value.value()"), javadoc));
            build.addMethod(single(
                    method,
                    wire,
                    STRING,
                    CodeBlock.of("value"),
                    CodeBlock.builder()
                            .add(javadoc)
                            .add(
                                    "\n<p>Any text, also a value newer than the document: prefer {@link #$L($T)}.\n",
                                    method,
                                    choice.type())
                            .build()));
        } else if (value instanceof QueryValue.Repeated repeated) {
            addRepeated(build, method, wire, repeated.item(), javadoc);
        } else {
            build.addMethod(single(method, wire, STRING, CodeBlock.of("value"), javadoc));
        }
    }

    private MethodSpec single(String method, String wire, TypeName type, CodeBlock text, CodeBlock javadoc) {
        return MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc(javadoc)
                .addParameter(type, "value")
                .addStatement("return setQuery($S, $S, $L)", wire, method + "(" + simpleName(type) + ")", text)
                .build();
    }

    /** {@code method(T... values)} and {@code method(List<T> values)}: the parameter once per value. */
    private void addRepeated(TypeSpec.Builder build, String method, String wire, QueryValue item, CodeBlock javadoc) {
        TypeName type = item instanceof QueryValue.Choice choice ? choice.type() : STRING;
        CodeBlock fromList = item instanceof QueryValue.Choice
                ? CodeBlock.of(
                        "values.stream().map(v -> v == null ? null : v.value()).toArray($T[]::new)", String.class)
                : CodeBlock.of("values.toArray($T[]::new)", String.class);
        CodeBlock repeatedNote = CodeBlock.of("\n<p>Sent once per value ({@code $L=a&$L=b}).\n", wire, wire);
        build.addMethod(MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc(javadoc)
                .addJavadoc(repeatedNote)
                .addParameter(ArrayTypeName.of(type), "values")
                .varargs(true)
                .addStatement(
                        item instanceof QueryValue.Choice
                                ? "return setQuery($S, $S, values == null ? null : $T.stream(values).map(v -> v == null ? null :"
                                        + " v.value()).toArray($T[]::new))"
                                : "return setQuery($S, $S, values)",
                        item instanceof QueryValue.Choice
                                ? new Object[] {
                                    wire, method + "(" + simpleName(type) + "...)", Arrays.class, String.class
                                }
                                : new Object[] {wire, method + "(String...)"})
                .build());
        build.addMethod(MethodSpec.methodBuilder(method)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc(javadoc)
                .addJavadoc(repeatedNote)
                .addParameter(ParameterizedTypeName.get(JsonTypes.LIST, type), "values")
                .addStatement("return setQuery($S, $S, values == null ? null : $L)", wire, method + "(List)", fromList)
                .build());
    }

    /** What a setter of {@code parameter} says: its name, description and default, and whether it is a secret. */
    static CodeBlock javadoc(BindingParameter parameter, boolean secret) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Query parameter {@code "
                + Javadocs.escape(parameter.name()).strip() + "}" + (parameter.required() ? " (required)." : "."));
        parameter
                .description()
                .filter(d -> !d.isBlank())
                .ifPresent(d -> paragraphs.add(Javadocs.markdown(d).strip()));
        valueNote(parameter).ifPresent(paragraphs::add);
        if (secret) {
            paragraphs.add("A secret: never shown by {@code toString}.");
        }
        StringBuilder text = new StringBuilder(paragraphs.get(0));
        paragraphs
                .subList(1, paragraphs.size())
                .forEach(p -> text.append("\n\n").append(Javadocs.paragraph(p)));
        return CodeBlock.of("$L\n", text);
    }

    /** What happens when the parameter is not set: only what {@code build()} really does, or the server's default. */
    private static Optional<String> valueNote(BindingParameter parameter) {
        if (parameter.appliedValue().isPresent()) {
            return Optional.of("Sent as {@code "
                    + Javadocs.escape(parameter.appliedValue().get()).strip() + "} unless set.");
        }
        if (parameter.fixedValue().isPresent()) {
            return Optional.of("Its one allowed value is {@code "
                    + Javadocs.escape(parameter.fixedValue().get()).strip() + "}; not sent unless set.");
        }
        return parameter
                .defaultValue()
                .map(d -> "When not set, the server's default applies: {@code "
                        + Javadocs.escape(d).strip() + "}.");
    }

    /** The builder's {@code setQuery}: stores the values of one parameter, reporting a null or missing one. */
    static MethodSpec setQuery(ClassName builder) {
        return MethodSpec.methodBuilder("setQuery")
                .addModifiers(Modifier.PRIVATE)
                .returns(builder)
                .addParameter(STRING, "name")
                .addParameter(STRING, "setter")
                .addParameter(ArrayTypeName.of(STRING), "values")
                .varargs(true)
                .beginControlFlow(
                        "if (name == null || values == null || $T.asList(values).contains(null))", Arrays.class)
                .addStatement(
                        "problems.add(setter + $S + (name == null ? $S : $S))",
                        " was given null",
                        " for the name",
                        " (is the environment variable or setting it comes from there?)")
                .nextControlFlow("else if (values.length == 0)")
                .addStatement("problems.add(setter + $S)", " was given no value")
                .nextControlFlow("else")
                .addStatement("query.put(name, $T.of(values))", List.class)
                .endControlFlow()
                .addStatement("return this")
                .build();
    }

    /** How a message names the setter's parameter: {@code String}, {@code boolean}, {@code ListenV1Model}, {@code String...}. */
    static String parameterText(QueryValue value) {
        if (value instanceof QueryValue.Flag) {
            return "boolean";
        }
        if (value instanceof QueryValue.WholeNumber) {
            return "long";
        }
        if (value instanceof QueryValue.Decimal) {
            return "double";
        }
        if (value instanceof QueryValue.Choice choice) {
            return choice.type().simpleName();
        }
        if (value instanceof QueryValue.Repeated repeated) {
            return parameterText(repeated.item()) + "...";
        }
        return "String";
    }

    private static String simpleName(TypeName type) {
        return type instanceof ClassName name ? name.simpleName() : type.toString();
    }
}
