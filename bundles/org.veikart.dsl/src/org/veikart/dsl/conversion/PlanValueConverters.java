package org.veikart.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Converts between the text of terminals and datatype rules and model values: multi-line strings
 * ({@link MultiLineStringValueConverter}), qualified ids ({@code plan-id.element-id}, each segment an
 * ID that may be escaped with '^') and decimals (written without exponent).
 */
@Singleton
public class PlanValueConverters extends DefaultTerminalConverters {

	@Inject
	private MultiLineStringValueConverter stringConverter;

	@Inject
	private QualifiedNameValueConverter qualifiedIdConverter;

	private final DecimalValueConverter decimalConverter = new DecimalValueConverter();

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringConverter;
	}

	@Override
	@ValueConverter(rule = "org.eclipse.xtext.common.Terminals.STRING")
	public IValueConverter<String> TerminalsSTRING() {
		return stringConverter;
	}

	@ValueConverter(rule = "QualifiedId")
	public IValueConverter<String> QualifiedId() {
		return qualifiedIdConverter;
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> Decimal() {
		return decimalConverter;
	}
}
