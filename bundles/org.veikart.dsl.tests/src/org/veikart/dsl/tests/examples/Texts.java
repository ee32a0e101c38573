package org.veikart.dsl.tests.examples;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.BulletList;
import org.veikart.model.FactBox;
import org.veikart.model.PlanElement;
import org.veikart.model.ProseBlock;
import org.veikart.model.Section;

/**
 * The text comparison of the examples test. Takes seed text or a model; guarantees that both sides are
 * normalized the same way (whitespace runs collapsed to one space, ends trimmed) and that seed text
 * also loses a leading bullet ("- ", "• ", or the Symbol-font bullet U+F0B7 of PDF extracts).
 */
final class Texts {

	private static final Pattern BULLET = Pattern.compile("^(?:-|\u2022|\uF0B7)\\s+");
	private static final Pattern SPACE = Pattern.compile("\\s+");

	private Texts() {
	}

	static String normalize(String text) {
		return SPACE.matcher(text).replaceAll(" ").strip();
	}

	static String normalizeSeed(String text) {
		return normalize(BULLET.matcher(text.strip()).replaceFirst(""));
	}

	/**
	 * @return every statement-like text of the model below and including {@code root}, normalized: titles
	 *         and texts of plan elements (also as "code: title", "code title" and "code. title"), section
 *         titles, prose
	 *         blocks and the items of fact boxes and bullet lists
	 */
	static Set<String> of(EObject root) {
		Set<String> texts = new LinkedHashSet<>();
		add(texts, root);
		root.eAllContents().forEachRemaining(object -> add(texts, object));
		return texts;
	}

	private static void add(Set<String> texts, EObject object) {
		if (object instanceof PlanElement element) {
			addTitled(texts, element.getCode(), element.getTitle());
			put(texts, element.getText());
		} else if (object instanceof Section section) {
			addTitled(texts, section.getCode(), section.getTitle());
		}
		if (object instanceof ProseBlock block) {
			put(texts, block.getText());
		}
		if (object instanceof FactBox box) {
			put(texts, box.getTitle());
			box.getItems().forEach(item -> put(texts, item));
		} else if (object instanceof BulletList list) {
			list.getItems().forEach(item -> put(texts, item));
		}
	}

	private static void addTitled(Set<String> texts, String code, String title) {
		put(texts, title);
		if (code != null && title != null) {
			put(texts, code.strip() + ": " + title);
			put(texts, code.strip() + " " + title);
			// "A1. Arealstrategien ...": a code printed with a full stop, modelled without it
			put(texts, code.strip() + ". " + title);
		}
	}

	private static void put(Set<String> texts, String text) {
		if (text != null && !text.isBlank()) {
			texts.add(normalize(text));
		}
	}
}
