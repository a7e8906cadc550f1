package io.asyncgen.core.naming;

import java.util.List;
import java.util.Optional;

/**
 * The Java names of a record's members: {@code x-java-name} where the property is written, else the
 * wire name as a member name; unique in the record, and never a name generated records have anyway.
 */
public final class RecordMemberNames {
    /**
     * Members every generated record has: its JSON methods ({@code toJson}, {@code fromJson},
     * {@code decode}, {@code validate}, {@code json}), the map of unknown properties
     * ({@code additionalProperties}, {@code extra}), its builder ({@code builder}, {@code toBuilder}),
     * and the methods of {@code Object}. A property with one of these names gets a number.
     */
    public static final List<String> GENERATED = List.of(
            "additionalProperties",
            "toJson",
            "fromJson",
            "decode",
            "validate",
            "builder",
            "toBuilder",
            "hashCode",
            "equals",
            "toString",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize",
            "json",
            "extra");

    private RecordMemberNames() {}

    /** A scope for the members of one record, with {@link #GENERATED} taken. */
    public static NameScope scope() {
        NameScope members = NameScope.forMembers();
        GENERATED.forEach(members::reserve);
        return members;
    }

    /**
     * A scope for the constants a record holds its fixed properties' values in ({@code TYPE});
     * {@code KNOWN} stays taken, as it once was, so no constant's name changes.
     */
    public static NameScope constantScope() {
        NameScope constants = NameScope.forMembers();
        constants.reserve("KNOWN");
        return constants;
    }

    /**
     * The local a generated record's decoder reads a member into ({@code <member>Value}): the suffix
     * keeps it from shadowing the decoder's own locals ({@code in}, {@code start}, {@code extra},
     * {@code name}).
     */
    public static String decodedLocal(String member) {
        return member + "Value";
    }

    /** The member name a property asks for: its {@code x-java-name}, else its wire name as a member name. */
    public static String wanted(String wireName, Optional<String> javaName) {
        return javaName.map(JavaNames::chosenMemberName).orElse(JavaNames.memberName(wireName));
    }
}
