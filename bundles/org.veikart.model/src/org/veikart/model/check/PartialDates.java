package org.veikart.model.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates the partial ISO dates of the model ({@code Plan.adopted/published},
 * {@code Schedule.start/end}): {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, with a month
 * that exists and a day that exists in that month (leap years included).
 */
public final class PartialDates
{
	/** The allowed forms, as shown in messages. */
	public static final String FORMS = "YYYY, YYYY-MM or YYYY-MM-DD";

	private static final Pattern FORM = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

	private PartialDates()
	{
	}

	/** @return true if {@code value} is a valid partial date ({@code null} is not) */
	public static boolean isValid(String value)
	{
		return value != null && problem(value).isEmpty();
	}

	/**
	 * @param value the text to check; not null
	 * @return why {@code value} is not a valid partial date, or empty if it is
	 */
	public static Optional<String> problem(String value)
	{
		Matcher m = FORM.matcher(value);
		if (!m.matches())
		{
			return Optional.of("expected " + FORMS);
		}
		if (m.group(2) == null)
		{
			return Optional.empty();
		}
		int month = Integer.parseInt(m.group(2));
		if (month < 1 || month > 12)
		{
			return Optional.of("month " + m.group(2) + " does not exist");
		}
		if (m.group(3) != null)
		{
			try
			{
				LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)));
			}
			catch (DateTimeException e)
			{
				return Optional.of("day " + m.group(3) + " does not exist in " + m.group(1) + "-" + m.group(2));
			}
		}
		return Optional.empty();
	}
}
