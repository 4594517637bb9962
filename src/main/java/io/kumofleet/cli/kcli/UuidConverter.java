package io.kumofleet.cli.kcli;

import io.kumofleet.kumod.RustUuid;
import java.util.UUID;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** For {@code --id} and other UUID arguments: a bad UUID is a usage error, as with clap. */
final class UuidConverter implements ITypeConverter<UUID> {

    @Override
    public UUID convert(String value) {
        try {
            return RustUuid.parse(value);
        } catch (RustUuid.Invalid e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
