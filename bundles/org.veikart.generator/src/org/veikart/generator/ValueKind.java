package org.veikart.generator;

import java.math.BigDecimal;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.veikart.model.GoalKind;

/**
 * The kinds of attribute values the generators know, derived from an attribute's {@link EDataType}.
 * Every exporter, importer and the JSON Schema generator switch over this enum, so a metamodel
 * change that introduces a new data type fails loudly in {@link #of(EDataType)} (and in the tests
 * that run every generator over the whole metamodel) instead of being silently skipped.
 */
public enum ValueKind {
	STRING, INTEGER, BOOLEAN, DECIMAL, ENUM;

	/**
	 * @return the kind of values of {@code type}
	 * @throws IllegalArgumentException for a data type the generators do not support
	 */
	public static ValueKind of(EDataType type) {
		if (type instanceof EEnum) {
			return ENUM;
		}
		Class<?> c = type.getInstanceClass();
		if (c == String.class) {
			return STRING;
		}
		if (c == int.class || c == Integer.class) {
			return INTEGER;
		}
		if (c == boolean.class || c == Boolean.class) {
			return BOOLEAN;
		}
		if (c == BigDecimal.class) {
			return DECIMAL;
		}
		throw new IllegalArgumentException("the generators do not support the data type " + type.getName()
				+ " (" + c + "): add it to " + ValueKind.class.getName());
	}

	/**
	 * @return the value as text: enum literals in the plan language's word ({@code completed},
	 *         {@code action-plan}, see {@link #planWord}), decimals without exponent surprises, others by toString
	 */
	public static String format(Object value) {
		if (value instanceof Enumerator e) {
			return planWord(e);
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		return String.valueOf(value);
	}

	/**
	 * @return the value {@code text} stands for in {@code type}
	 * @throws IllegalArgumentException with a user-facing reason if {@code text} is not such a value
	 */
	public static Object parse(EDataType type, String text) {
		switch (of(type)) {
			case STRING:
				return text;
			case INTEGER:
				try {
					return Integer.valueOf(text.strip());
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("\"" + text + "\" is not a whole number");
				}
			case BOOLEAN:
				if (text.strip().equals("true") || text.strip().equals("false")) {
					return Boolean.valueOf(text.strip());
				}
				throw new IllegalArgumentException("\"" + text + "\" is not true or false");
			case DECIMAL:
				try {
					return new BigDecimal(text.strip());
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("\"" + text + "\" is not a number");
				}
			default:
				EEnumLiteral literal = enumLiteral((EEnum) type, text.strip());
				if (literal == null) {
					throw new IllegalArgumentException("\"" + text + "\" is not one of " + planWords((EEnum) type)
							+ " (or the same in upper case)");
				}
				return literal.getInstance();
		}
	}

	/** @return "A, B, C": the literal names of the enum, for messages */
	public static String literals(EEnum type) {
		return String.join(", ", type.getELiterals().stream().map(EEnumLiteral::getName).toList());
	}

	/** @return "a, b, c": the plan-language words of the enum, for messages */
	public static String planWords(EEnum type) {
		return String.join(", ", type.getELiterals().stream().map(l -> planWord(l.getInstance())).toList());
	}

	/**
	 * @return the word the plan language writes for {@code literal} (its grammar's enum rules): the
	 *         literal name in lower case with '-' for '_', except the goal kinds, which say what they are
	 *         ({@code main-goal} for {@code GoalKind.MAIN})
	 */
	public static String planWord(Enumerator literal) {
		String word = literal.getName().toLowerCase(Locale.ROOT).replace('_', '-');
		if (literal instanceof GoalKind && (literal == GoalKind.MAIN || literal == GoalKind.EFFECT || literal == GoalKind.SUB)) {
			return word + "-goal";
		}
		return word;
	}

	/**
	 * @return the literal of {@code type} that {@code text} names, as the plan-language word or as the
	 *         literal name, ignoring case ({@code completed}, {@code COMPLETED}, {@code Completed}); null if none
	 */
	public static EEnumLiteral enumLiteral(EEnum type, String text) {
		for (EEnumLiteral literal : type.getELiterals()) {
			if (literal.getName().equalsIgnoreCase(text) || planWord(literal.getInstance()).equalsIgnoreCase(text)) {
				return literal;
			}
		}
		return null;
	}
}
