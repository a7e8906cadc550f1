package io.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.asyncgen.core.model.JsonType;
import io.asyncgen.core.model.MapType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.UnionType;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueRecordNamesTest {

    private static List<TypeDef> members() {
        UnionType union = (UnionType) SpecBuilder.document("""
        components:
          schemas:
            Limit:
              oneOf:
                - {type: integer}
                - {type: string, const: inf}
                - {type: string}
                - {type: array, items: {type: string}}
                - {$ref: '#/components/schemas/Mode'}
                - {}
            Mode: {type: string, enum: [fast, slow]}
        """).link().type("Limit");
        return union.members();
    }

    @Test
    void aMemberThatIsNoRecordIsWrappedInARecordNamedByItsConstantItsTypeOrItsShape() {
        assertEquals(
                List.of("IntegerValue", "InfValue", "StringValue", "ListValue", "ModeValue", "JsonValue"),
                members().stream().map(ValueRecordNames::wrapper).toList());
    }

    @Test
    void aNamedMemberIsLabelledByItsTypeNameTheOthersByTheirWrapper() {
        assertEquals(
                List.of("IntegerValue", "InfValue", "StringValue", "ListValue", "Mode", "JsonValue"),
                members().stream().map(ValueRecordNames::label).toList());
    }

    @Test
    void twoWrappersOfOneShapeInOneUnionAreNumberedAndNeverTakeUnknown() {
        NameScope scope = ValueRecordNames.scope();
        TypeDef string = new ScalarType(ScalarType.Kind.STRING, Optional.empty(), Optional.empty());
        assertEquals(
                List.of("StringValue", "StringValue2", "MapValue"),
                List.of(
                        scope.allocate(ValueRecordNames.wrapper(string)),
                        scope.allocate(ValueRecordNames.wrapper(string)),
                        scope.allocate(ValueRecordNames.wrapper(new MapType(new JsonType(), false)))));
        assertFalse(scope.isFree(ReservedTypeNames.UNKNOWN));
    }
}
