package org.veikart.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Decimal numbers such as {@code 8.2}, {@code -3} or {@code 650000}. Values are written in plain
 * notation ({@link BigDecimal#toPlainString()}), never with an exponent, which the grammar could not
 * read back.
 */
public class DecimalValueConverter implements IValueConverter<BigDecimal> {

	@Override
	public BigDecimal toValue(String string, INode node) throws ValueConverterException {
		if (string == null || string.isBlank()) {
			throw new ValueConverterException("A number is missing here.", node, null);
		}
		try {
			return new BigDecimal(string.strip());
		} catch (NumberFormatException e) {
			throw new ValueConverterException("'" + string + "' is not a number (write e.g. 8.2 or 650000).", node, e);
		}
	}

	@Override
	public String toString(BigDecimal value) throws ValueConverterException {
		if (value == null) {
			throw new ValueConverterException("A decimal value must not be null.", null, null);
		}
		return value.toPlainString();
	}
}
