package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.EnumType;
import io.asyncgen.core.model.NamedType;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.TypeRef;
import io.asyncgen.core.model.UnionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates Java for a linked document: a record, open enum or sealed interface per named type;
 * per connection and direction a message union with its codec, handler and dispatcher; per
 * connection a client, server and endpoint as the role asks. What every package would share lives
 * in the runtime jar ({@code io.asyncgen:asyncgen-runtime}). Pure: the same model and options give
 * the same files.
 */
public final class JavaGenerator {
    private final GenerationOptions options;

    public JavaGenerator(GenerationOptions options) {
        this.options = options;
    }

    public List<GeneratedFile> generate(AsyncApi api) {
        TypePlan plan = TypePlan.of(api, options.role());
        List<MessageUnion> messageUnions = plan.messageUnions();
        SkeletonPlanner.Plan skeleton = plan.skeleton();
        GeneratedNames names = new GeneratedNames(options.packageName(), options.json(), plan.allNames());
        TypeMapper types = new TypeMapper(names, new TypeMappings(api, options.typeMappings()));

        UnionGenerator unions = new UnionGenerator(api, names, types);
        List<UnionShape> shapes = new ArrayList<>();
        api.types().values().stream()
                .filter(UnionType.class::isInstance)
                .forEach(u -> shapes.add(UnionGenerator.shapeOf((UnionType) u)));
        messageUnions.forEach(m -> shapes.add(m.shape()));
        Map<String, List<ClassName>> interfaces = memberships(shapes, unions, names);

        FileEmitter emitter = new FileEmitter(options);
        RecordGenerator records = new RecordGenerator(
                names,
                types,
                n -> !types.isMapped(new TypeRef(n))
                        && (api.type(n) instanceof RecordType || api.type(n) instanceof UnionType),
                new BuilderShortcuts(api, types, unions),
                new StreamReads(api, names, types));
        EnumGenerator enums = new EnumGenerator(names);
        Map<String, List<UnionShape.Member>> carriedBy = messagePayloads(messageUnions);
        for (NamedType type : api.types().values()) {
            if (types.isMapped(type.ref())) {
                continue;
            }
            List<ClassName> implemented = interfaces.getOrDefault(type.name(), List.of());
            if (type instanceof RecordType record) {
                emitter.emit(
                        records.generate(record, implemented, carriedBy.getOrDefault(record.name(), List.of())),
                        record.source());
            } else if (type instanceof EnumType enumType) {
                emitter.emit(enums.generate(enumType, implemented), enumType.source());
            } else if (type instanceof UnionType union) {
                emitter.emit(unions.generate(UnionGenerator.shapeOf(union)), union.source());
            }
        }
        HandlerGenerator handlers = new HandlerGenerator(names, types, unions);
        CodecGenerator codecs = new CodecGenerator(names);
        DispatcherGenerator dispatchers = new DispatcherGenerator(names, handlers);
        BinaryMessageGenerator binaries = new BinaryMessageGenerator(names);
        for (MessageUnion union : messageUnions) {
            emitter.emit(unions.generate(union.shape()), union.shape().source());
            for (UnionShape.BinaryMember binary : union.shape().binaries()) {
                emitter.emit(
                        binaries.generate(union.shape(), binary, unions.commonStringAccessors(union.shape())),
                        binary.source());
            }
            emitter.emit(codecs.generate(union), union.shape().source());
            emitter.emit(handlers.generate(union), union.shape().source());
            emitter.emit(dispatchers.generate(union), union.shape().source());
        }
        new SkeletonGenerator(api, names, handlers, types).emit(skeleton, emitter);
        return emitter.files();
    }

    /** For each record that is the payload of messages, the members of message unions it is, in order. */
    private static Map<String, List<UnionShape.Member>> messagePayloads(List<MessageUnion> messageUnions) {
        Map<String, List<UnionShape.Member>> carriedBy = new LinkedHashMap<>();
        for (MessageUnion union : messageUnions) {
            for (UnionShape.Member member : union.shape().members()) {
                if (member.type() instanceof TypeRef ref && member.message().isPresent()) {
                    List<UnionShape.Member> members = carriedBy.computeIfAbsent(ref.name(), k -> new ArrayList<>());
                    if (members.stream().noneMatch(m -> m.message().equals(member.message()))) {
                        members.add(member);
                    }
                }
            }
        }
        return carriedBy;
    }

    /** For each record, the unions it is a direct member of, in a fixed order. */
    private static Map<String, List<ClassName>> memberships(
            List<UnionShape> shapes, UnionGenerator unions, GeneratedNames names) {
        Map<String, List<ClassName>> interfaces = new LinkedHashMap<>();
        for (UnionShape shape : shapes) {
            for (UnionShape.Member member : shape.members()) {
                if (unions.isRecord(member.type())) {
                    List<ClassName> list =
                            interfaces.computeIfAbsent(((TypeRef) member.type()).name(), k -> new ArrayList<>());
                    ClassName union = names.type(shape.name());
                    if (!list.contains(union)) {
                        list.add(union);
                    }
                }
            }
        }
        return interfaces;
    }
}
