package org.veikart.cli.template;

import java.io.PrintStream;

import org.veikart.templates.update.TemplateUpdate;
import org.veikart.templates.update.UpdateEntry;
import org.veikart.templates.update.UpdateReport;

/**
 * The text form of an update report: per template one line with the counts, then one line per entry
 * (kind, element id, template element id, feature, values). Conflicts show all three values.
 */
final class UpdateReportText {

	private UpdateReportText() {
	}

	static void print(PrintStream out, String file, UpdateReport report, boolean written, String requested) {
		if (report.updates().isEmpty()) {
			out.println(file + ": no elements made from templates");
		}
		for (TemplateUpdate update : report.updates()) {
			if (update.fromVersion().equals(update.toVersion()) && update.entries().isEmpty()) {
				if (requested != null && org.veikart.templates.Versions.compare(requested, update.fromVersion()) < 0) {
					out.println(file + ": " + update.templateId() + " is at version " + update.fromVersion() + ", newer than the requested "
							+ requested + "; nothing changed (update never goes back)");
				} else {
					out.println(file + ": " + update.templateId() + " version " + update.fromVersion() + " is up to date");
				}
				continue;
			}
			out.println(file + ": " + update.templateId() + " " + update.fromVersion() + " -> " + update.toVersion() + ": "
					+ count(update, UpdateEntry.Kind.APPLIED) + " applied, " + count(update, UpdateEntry.Kind.ADDED) + " added, "
					+ count(update, UpdateEntry.Kind.REMOVED) + " removed, " + count(update, UpdateEntry.Kind.KEPT) + " local kept, "
					+ update.conflicts() + (update.conflicts() == 1 ? " conflict" : " conflicts") + (written ? "" : " (not written)"));
			for (UpdateEntry entry : update.entries()) {
				out.println("  " + line(entry));
			}
		}
	}

	private static long count(TemplateUpdate update, UpdateEntry.Kind kind) {
		return update.entries().stream().filter(e -> e.kind() == kind).count();
	}

	private static String line(UpdateEntry entry) {
		StringBuilder line = new StringBuilder(entry.kind().name().toLowerCase(java.util.Locale.ROOT));
		line.append(' ').append(entry.elementId() == null ? "-" : entry.elementId());
		if (entry.templateElementId() != null) {
			line.append(" (").append(entry.templateElementId()).append(')');
		}
		if (entry.feature() != null) {
			line.append(' ').append(entry.feature()).append(':');
			switch (entry.kind()) {
				case APPLIED -> line.append(' ').append(quote(entry.ours())).append(" -> ").append(quote(entry.theirs()));
				case KEPT -> line.append(' ').append(quote(entry.ours())).append(" (template still ").append(quote(entry.base())).append(')');
				default -> line.append(" base ").append(quote(entry.base())).append(", here ").append(quote(entry.ours()))
						.append(", template ").append(quote(entry.theirs()));
			}
		}
		return line.append(" - ").append(entry.message()).toString();
	}

	private static String quote(String value) {
		return value == null ? "(none)" : "\"" + value.replace("\n", "\\n") + "\"";
	}
}
