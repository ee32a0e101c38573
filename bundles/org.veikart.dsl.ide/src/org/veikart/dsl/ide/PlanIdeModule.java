package org.veikart.dsl.ide;

/**
 * Guice bindings of the plan language's IDE services (content assist, language server). The
 * generated defaults apply; IDE-specific services of issue 3 are bound here.
 */
public class PlanIdeModule extends AbstractPlanIdeModule {
}
