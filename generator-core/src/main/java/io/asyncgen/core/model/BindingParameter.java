package io.asyncgen.core.model;

import java.util.Optional;

/**
 * One query parameter or header of a WebSocket handshake.
 *
 * @param defaultValue the schema's {@code default}: what the server assumes when it is not sent
 * @param fixedValue the one value a {@code const} or single-value {@code enum} allows
 */
public record BindingParameter(
        String name,
        TypeDef type,
        boolean required,
        Optional<String> description,
        Optional<String> defaultValue,
        Optional<String> fixedValue) {

    /** The value generated code sends when none is set: the default or fixed value of a required parameter. */
    public Optional<String> appliedValue() {
        return required ? defaultValue.or(() -> fixedValue) : Optional.empty();
    }
}
