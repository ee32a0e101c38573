package org.veikart.model.check;

import org.veikart.model.Identifiable;

/**
 * ERROR {@link ModelIssueCodes#MISSING_ID}: an {@link Identifiable} whose id is null or blank.
 * Without an id, references to the element would be written as positional paths that break when
 * elements are reordered. {@code ElementIds.ensureIds} assigns the missing ids.
 */
final class MissingIdRule implements CheckRule
{
	@Override
	public void check(CheckContext context)
	{
		for (Identifiable element : context.elements(Identifiable.class))
		{
			if (element.getId() == null || element.getId().isBlank())
			{
				context.report(Severity.ERROR, ModelIssueCodes.MISSING_ID, element,
						ElementLabels.name(element) + " has no id (ElementIds.ensureIds assigns one)");
			}
		}
	}
}
