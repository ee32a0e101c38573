package org.veikart.generator.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * Two-space indentation with LF line ends on every platform and {@code "key": value} spacing, so
 * exports are byte-identical across machines and diff well in Git.
 */
final class StablePrettyPrinter extends DefaultPrettyPrinter {

	private static final long serialVersionUID = 1L;

	StablePrettyPrinter() {
		super(DefaultPrettyPrinter.DEFAULT_SEPARATORS.withObjectFieldValueSpacing(Separators.Spacing.AFTER));
		DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
		indentObjectsWith(indenter);
		indentArraysWith(indenter);
	}

	private StablePrettyPrinter(StablePrettyPrinter base) {
		super(base);
	}

	@Override
	public DefaultPrettyPrinter createInstance() {
		return new StablePrettyPrinter(this);
	}
}
