package org.xinfang.core.domain.model.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Keeps an identity or phone number encrypted in its column and clear in the entity. Queries cannot
 * compare such a column (each value has its own IV): match on the hash column beside it instead.
 */
@Converter
public class SealedIdentity implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String clear) {
        return clear == null || clear.isEmpty() ? clear : Identities.protection().encrypt(clear);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null || stored.isEmpty() ? stored : Identities.protection().decrypt(stored);
    }
}
