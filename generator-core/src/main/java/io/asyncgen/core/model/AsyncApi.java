package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A linked AsyncAPI document.
 *
 * @param perspective the side the document is written from; every {@link Operation#action()} is the service's
 * @param types every named type by name, in the order the linker met them (deterministic)
 * @param warnings what was doubtful but usable
 */
public record AsyncApi(
        String asyncapiVersion,
        Perspective perspective,
        Info info,
        Optional<String> defaultContentType,
        List<Server> servers,
        List<Connection> connections,
        Map<String, NamedType> types,
        List<SecurityScheme> securitySchemes,
        Extensions extensions,
        List<Diagnostic> warnings) {

    public AsyncApi {
        servers = List.copyOf(servers);
        connections = List.copyOf(connections);
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        securitySchemes = List.copyOf(securitySchemes);
        warnings = List.copyOf(warnings);
    }

    /** The named type called {@code name}; every {@link TypeRef} in the model has one. */
    public NamedType type(String name) {
        return types.get(name);
    }

    /** Dereferences a {@link TypeRef}; any other type is returned as it is. */
    public TypeDef resolve(TypeDef type) {
        return type instanceof TypeRef ref ? type(ref.name()) : type;
    }

    /**
     * The Java package the document asks for with {@code x-java-package} at its top (checked by the
     * linker to be a package name); a package configured by the build takes precedence.
     */
    public Optional<String> javaPackage() {
        return extensions.text("x-java-package");
    }

    public Optional<Connection> connection(String address) {
        return connections.stream().filter(c -> c.address().equals(address)).findFirst();
    }

    /** The channel whose key is {@code name} (a {@link Reply#channel()} names one this way). */
    public Optional<Channel> channel(String name) {
        return connections.stream()
                .flatMap(c -> c.channels().stream())
                .filter(c -> c.name().equals(name))
                .findFirst();
    }
}
