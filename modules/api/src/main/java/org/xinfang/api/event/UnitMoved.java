package org.xinfang.api.event;

/**
 * An administrator moved a unit, with everything under it, to another parent: every materialised
 * path that began with {@code oldPath} now begins with {@code newPath} instead (the unit's own path
 * is {@code newPath}). Fired after the core rewrote the paths of the tree, in the same transaction: a
 * plugin that keeps unit paths of its own, to scope its rows by subtree, rewrites them here by the same
 * prefix replacement, or its rows would stay visible to the unit's old superiors and vanish for its
 * new ones.
 */
public record UnitMoved(long unitId, String oldPath, String newPath, String actor) {
}
