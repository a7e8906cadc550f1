package io.asyncgen.core.codegen;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.naming.PackageTypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The top-level types of a package, named by one {@link PackageTypeNames}: the document's named
 * types, then per connection the message unions with their codecs, handlers and dispatchers, then
 * the client/server skeleton (so they never take a name from a schema type).
 *
 * @param allNames every top-level type name, to find clashes with {@code java.lang}
 */
record TypePlan(List<MessageUnion> messageUnions, SkeletonPlanner.Plan skeleton, List<String> allNames) {

    TypePlan {
        messageUnions = List.copyOf(messageUnions);
        allNames = List.copyOf(allNames);
    }

    static TypePlan of(AsyncApi api, GeneratedRole role) {
        PackageTypeNames names = new PackageTypeNames(api);
        List<MessageUnion> messageUnions = new MessageUnionPlanner(names).plan(api);
        List<String> allNames = new ArrayList<>(api.types().keySet());
        messageUnions.forEach(m -> {
            allNames.addAll(List.of(m.shape().name(), m.codecName(), m.handlerName(), m.dispatcherName()));
            m.shape().binaries().forEach(b -> allNames.add(b.recordName()));
        });
        SkeletonPlanner.Plan skeleton = new SkeletonPlanner(names, role).plan(api, messageUnions);
        allNames.addAll(skeleton.typeNames());
        return new TypePlan(messageUnions, skeleton, allNames);
    }
}
