package org.xinfang.api.model;

/**
 * A value that carries its own label in both UI languages, such as the constants of a menu's
 * enumeration. Lets one piece of code turn any such value into a menu item or a shown label.
 */
public interface Labelled {

    LocalizedText label();
}
