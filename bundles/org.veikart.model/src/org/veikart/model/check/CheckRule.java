package org.veikart.model.check;

/** One rule of the {@link ModelChecker}: inspects the resource of a context and reports findings. */
interface CheckRule
{
	void check(CheckContext context);
}
