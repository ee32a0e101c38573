package org.veikart.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.serializer.sequencer.GenericSequencer;
import org.eclipse.xtext.serializer.sequencer.ISemanticSequencer;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.veikart.dsl.conversion.PlanValueConverters;
import org.veikart.dsl.linking.PlanLinkingDiagnosticMessageProvider;
import org.veikart.dsl.naming.PlanQualifiedNameProvider;
import org.veikart.dsl.serializer.IndexedCrossReferenceSerializer;
import org.veikart.dsl.serializer.ListKeepingSequencer;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Guice bindings of the plan language that differ from the generated defaults: names come from the
 * model's {@code id} attribute, values such as ids with hyphens, decimals and multi-line strings have
 * their own converters, and unresolved references get "did you mean" messages, the serializer keeps lists in one clause, and
 * EMF's generic constraint checks are replaced by the language's own.
 */
public class PlanRuntimeModule extends AbstractPlanRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return PlanQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PlanValueConverters.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return PlanLinkingDiagnosticMessageProvider.class;
	}

	/** Lists are written as one clause ({@code partners a, b}) when serializing without node model. */
	@Override
	public void configureGenericSemanticSequencer(Binder binder) {
		binder.bind(ISemanticSequencer.class).annotatedWith(GenericSequencer.class).to(ListKeepingSequencer.class);
	}

	/** References are named by a hashed scope look-up: Xtext's scan of the scope is quadratic in the plan size. */
	public Class<? extends ICrossReferenceSerializer> bindICrossReferenceSerializer() {
		return IndexedCrossReferenceSerializer.class;
	}

	/**
	 * EMF's generic constraints are off: the unique-id check would repeat the model checker's
	 * duplicate-id error in EMF's wording, and every other rule has a clearer check of its own.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}
}
