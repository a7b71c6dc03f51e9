package org.xinfang.core.domain.model.encryption;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Keeps an identity or phone number encrypted in its column and clear in the entity. Queries cannot
 * compare such a column (each value has its own IV): they compare the match key beside it instead.
 */
@Converter
public class EncryptedColumn implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String clear) {
        return clear == null || clear.isEmpty() ? clear : IdentityProtection.configured().encrypt(clear);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null || stored.isEmpty() ? stored : IdentityProtection.configured().decrypt(stored);
    }
}
