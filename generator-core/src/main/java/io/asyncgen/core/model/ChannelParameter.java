package io.asyncgen.core.model;

import java.util.Optional;

/**
 * A {@code {parameter}} of a channel's address, with its type, its default (as text) and its
 * {@code location} (a runtime expression such as {@code $message.header#/Authorization}).
 */
public record ChannelParameter(
        String name,
        Optional<String> description,
        TypeDef type,
        Optional<String> location,
        Optional<String> defaultValue) {}
