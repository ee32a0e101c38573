package org.veikart.templates.update;

import java.util.List;

/**
 * The update of the elements of one plan that came from one template version.
 *
 * @param templateId  the template
 * @param fromVersion the version the elements were made from (the merge base)
 * @param toVersion   the version merged in ("theirs"); equal to {@code fromVersion} when up to date
 * @param entries     what was applied, kept, added, removed, and the conflicts, in document order
 */
public record TemplateUpdate(String templateId, String fromVersion, String toVersion, List<UpdateEntry> entries) {

	/** @return the number of conflicts */
	public long conflicts() {
		return entries.stream().filter(UpdateEntry::isConflict).count();
	}

	/** @return true when the plan was changed (applied, added or removed entries) */
	public boolean changesPlan() {
		return entries.stream().anyMatch(e -> e.kind() == UpdateEntry.Kind.APPLIED || e.kind() == UpdateEntry.Kind.ADDED
				|| e.kind() == UpdateEntry.Kind.REMOVED) || !fromVersion.equals(toVersion);
	}
}
