package io.asyncgen.core.link;

import io.asyncgen.core.model.BindingParameter;
import io.asyncgen.core.model.ChannelParameter;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.WsBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Channel parameters that the address does not use, taken as what their documents mean by them:
 * parameters of the WebSocket handshake. A parameter names a {@code {part}} of the address; some
 * documents (AssemblyAI's Universal streaming) declare their query parameters as channel parameters
 * instead. Each becomes a query parameter named by its key, or the header its {@code location}
 * names ({@code $message.header#/Authorization}); one the ws binding already declares is left to
 * the binding. The spec rules warn about every such parameter (an error in strict mode).
 */
final class HandshakeParameters {
    private static final String HEADER_LOCATION = "$message.header#/";

    private HandshakeParameters() {}

    /** {@code binding} with the parameters {@code address} does not use added; none without an address. */
    static Optional<WsBinding> withUnusedParameters(
            Optional<WsBinding> binding, Optional<String> address, List<ChannelParameter> parameters) {
        if (address.isEmpty()) {
            return binding;
        }
        List<BindingParameter> query =
                new ArrayList<>(binding.map(WsBinding::query).orElse(List.of()));
        List<BindingParameter> headers =
                new ArrayList<>(binding.map(WsBinding::headers).orElse(List.of()));
        boolean added = false;
        for (ChannelParameter parameter : parameters) {
            if (address.get().contains("{" + parameter.name() + "}")) {
                continue;
            }
            Optional<String> header = parameter
                    .location()
                    .filter(l -> l.startsWith(HEADER_LOCATION) && l.length() > HEADER_LOCATION.length())
                    .map(l -> l.substring(HEADER_LOCATION.length()));
            String name = header.orElse(parameter.name());
            List<BindingParameter> target = header.isPresent() ? headers : query;
            if (target.stream().noneMatch(p -> p.name().equalsIgnoreCase(name))) {
                Optional<String> fixed =
                        parameter.type() instanceof ScalarType scalar ? scalar.constValue() : Optional.empty();
                target.add(new BindingParameter(
                        name, parameter.type(), false, parameter.description(), parameter.defaultValue(), fixed));
                added = true;
            }
        }
        if (!added) {
            return binding;
        }
        return Optional.of(new WsBinding(
                binding.flatMap(WsBinding::method), query, headers, binding.flatMap(WsBinding::bindingVersion)));
    }
}
