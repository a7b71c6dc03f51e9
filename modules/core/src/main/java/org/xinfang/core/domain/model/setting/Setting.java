package org.xinfang.core.domain.model.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A setting an administrator changed from its default (the defaults live in code, beside the rule). */
@Entity
@Table(name = "app_setting")
public class Setting {

    @Id
    @Column(name = "name", length = 128)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected Setting() {
    }

    public Setting(String name, String value, LocalDateTime updatedAt, String updatedBy) {
        this.name = name;
        change(value, updatedAt, updatedBy);
    }

    public void change(String newValue, LocalDateTime at, String by) {
        this.value = newValue;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
