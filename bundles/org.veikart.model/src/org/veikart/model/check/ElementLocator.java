package org.veikart.model.check;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.check.ElementLocations.Location;

/**
 * Where an element starts in its file, for diagnostics. The {@link ModelChecker} asks only for the
 * elements it reports or names, so a locator may compute positions lazily (e.g. from Xtext's node
 * model) instead of recording every element up front, and checking never has to change the resource.
 */
@FunctionalInterface
public interface ElementLocator
{
	/** Positions recorded by the loader in the resource's {@link ElementLocations}, if any. */
	ElementLocator RECORDED = ElementLocations::find;

	/** @return the 1-based line and column where {@code element} starts, if known */
	Optional<Location> locate(EObject element);
}
