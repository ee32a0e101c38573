package org.veikart.cli.template;

import java.util.List;

import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.templates.TemplateException;

/** One sub-command of {@code veikart template} (list, new, apply, update). */
interface TemplateAction {

	/** @return the word after {@code template} */
	String name();

	/** @return the lines of the sub-command in the template command's usage text */
	String usage();

	/**
	 * @param args the arguments after the sub-command's name
	 * @return the exit code
	 * @throws TemplateException for template and placement problems (printed, exit 1)
	 */
	int run(List<String> args, CommandContext context) throws CommandException, TemplateException;
}
