/**
 * The analysts' graph: entities (identifiers, ads, tips, people) of one police service and the links between them,
 * each with its evidence.
 */
@NullMarked
package ca.harbour.intelligence.internal.graph;

import org.jspecify.annotations.NullMarked;
