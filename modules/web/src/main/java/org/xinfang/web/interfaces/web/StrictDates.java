package org.xinfang.web.interfaces.web;

import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.time.format.ResolverStyle;
import org.primefaces.component.datepicker.DatePicker;

/**
 * Makes every date picker read a date typed by hand strictly: PrimeFaces parses with
 * {@link ResolverStyle#SMART} unless told otherwise, which takes 2026-02-30 for 2026-02-28 and saves a
 * date nobody entered. STRICT refuses it instead, with the field's label (收到日期：“2026-02-30”不是有效的日期).
 * Set here as each picker joins a view (faces-config.xml), so that no page, a plugin's included, can
 * forget it.
 */
public class StrictDates implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DatePicker;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        ((DatePicker) event.getSource()).setResolverStyle(ResolverStyle.STRICT.name());
    }
}
