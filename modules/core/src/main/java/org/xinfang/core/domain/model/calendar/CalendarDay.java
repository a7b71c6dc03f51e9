package org.xinfang.core.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** One day of the work calendar that differs from the weekly rhythm: a holiday or a make-up working day. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    /** The longest name the column holds. */
    public static final int MAX_NAME = 64;

    @Id
    @Column(name = "cal_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_type", nullable = false, length = 16)
    private DayType type;

    /** The holiday it belongs to: 春节, 国庆节. */
    @Column(name = "name", nullable = false, length = 64)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate date, DayType type, String name) {
        this.date = Objects.requireNonNull(date, "date");
        this.type = Objects.requireNonNull(type, "type");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Makes the day a holiday or a make-up working day of another name (the rules are the caller's). */
    public void change(DayType newType, String newName) {
        this.type = Objects.requireNonNull(newType, "type");
        this.name = Objects.requireNonNull(newName, "name");
    }

    public LocalDate getDate() {
        return date;
    }

    public DayType getType() {
        return type;
    }

    public String getName() {
        return name;
    }
}
