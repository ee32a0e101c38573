/**
 */
package org.veikart.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.veikart.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.veikart.model.VeikartPackage
 * @generated
 */
public class VeikartAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static VeikartPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VeikartAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = VeikartPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VeikartSwitch<Adapter> modelSwitch =
		new VeikartSwitch<Adapter>()
		{
			@Override
			public Adapter caseIdentifiable(Identifiable object)
			{
				return createIdentifiableAdapter();
			}
			@Override
			public Adapter caseTraceable(Traceable object)
			{
				return createTraceableAdapter();
			}
			@Override
			public Adapter casePlanElement(PlanElement object)
			{
				return createPlanElementAdapter();
			}
			@Override
			public Adapter casePlan(Plan object)
			{
				return createPlanAdapter();
			}
			@Override
			public Adapter caseActorRegistry(ActorRegistry object)
			{
				return createActorRegistryAdapter();
			}
			@Override
			public Adapter casePlanPart(PlanPart object)
			{
				return createPlanPartAdapter();
			}
			@Override
			public Adapter casePeriod(Period object)
			{
				return createPeriodAdapter();
			}
			@Override
			public Adapter caseTerm(Term object)
			{
				return createTermAdapter();
			}
			@Override
			public Adapter caseDocumentRelation(DocumentRelation object)
			{
				return createDocumentRelationAdapter();
			}
			@Override
			public Adapter caseGoal(Goal object)
			{
				return createGoalAdapter();
			}
			@Override
			public Adapter caseQuotation(Quotation object)
			{
				return createQuotationAdapter();
			}
			@Override
			public Adapter caseFocusArea(FocusArea object)
			{
				return createFocusAreaAdapter();
			}
			@Override
			public Adapter caseStrategy(Strategy object)
			{
				return createStrategyAdapter();
			}
			@Override
			public Adapter caseMeasure(Measure object)
			{
				return createMeasureAdapter();
			}
			@Override
			public Adapter caseSchedule(Schedule object)
			{
				return createScheduleAdapter();
			}
			@Override
			public Adapter caseCost(Cost object)
			{
				return createCostAdapter();
			}
			@Override
			public Adapter caseIndicator(Indicator object)
			{
				return createIndicatorAdapter();
			}
			@Override
			public Adapter caseMeasurement(Measurement object)
			{
				return createMeasurementAdapter();
			}
			@Override
			public Adapter caseThreshold(Threshold object)
			{
				return createThresholdAdapter();
			}
			@Override
			public Adapter caseSdgReference(SdgReference object)
			{
				return createSdgReferenceAdapter();
			}
			@Override
			public Adapter caseSdgCatalogue(SdgCatalogue object)
			{
				return createSdgCatalogueAdapter();
			}
			@Override
			public Adapter caseSdgGoal(SdgGoal object)
			{
				return createSdgGoalAdapter();
			}
			@Override
			public Adapter caseSdgTarget(SdgTarget object)
			{
				return createSdgTargetAdapter();
			}
			@Override
			public Adapter caseActor(Actor object)
			{
				return createActorAdapter();
			}
			@Override
			public Adapter caseProvenance(Provenance object)
			{
				return createProvenanceAdapter();
			}
			@Override
			public Adapter caseNote(Note object)
			{
				return createNoteAdapter();
			}
			@Override
			public Adapter caseTemplateOrigin(TemplateOrigin object)
			{
				return createTemplateOriginAdapter();
			}
			@Override
			public Adapter caseSource(Source object)
			{
				return createSourceAdapter();
			}
			@Override
			public Adapter caseSection(Section object)
			{
				return createSectionAdapter();
			}
			@Override
			public Adapter caseProseBlock(ProseBlock object)
			{
				return createProseBlockAdapter();
			}
			@Override
			public Adapter caseParagraph(Paragraph object)
			{
				return createParagraphAdapter();
			}
			@Override
			public Adapter caseQuote(Quote object)
			{
				return createQuoteAdapter();
			}
			@Override
			public Adapter caseFactBox(FactBox object)
			{
				return createFactBoxAdapter();
			}
			@Override
			public Adapter caseFigureCaption(FigureCaption object)
			{
				return createFigureCaptionAdapter();
			}
			@Override
			public Adapter caseBulletList(BulletList object)
			{
				return createBulletListAdapter();
			}
			@Override
			public Adapter caseSourceList(SourceList object)
			{
				return createSourceListAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Identifiable
	 * @generated
	 */
	public Adapter createIdentifiableAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Traceable <em>Traceable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Traceable
	 * @generated
	 */
	public Adapter createTraceableAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.PlanElement <em>Plan Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.PlanElement
	 * @generated
	 */
	public Adapter createPlanElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Plan
	 * @generated
	 */
	public Adapter createPlanAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.ActorRegistry <em>Actor Registry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.ActorRegistry
	 * @generated
	 */
	public Adapter createActorRegistryAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.PlanPart <em>Plan Part</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.PlanPart
	 * @generated
	 */
	public Adapter createPlanPartAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Period <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Period
	 * @generated
	 */
	public Adapter createPeriodAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Term <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Term
	 * @generated
	 */
	public Adapter createTermAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.DocumentRelation <em>Document Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.DocumentRelation
	 * @generated
	 */
	public Adapter createDocumentRelationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Goal
	 * @generated
	 */
	public Adapter createGoalAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Quotation <em>Quotation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Quotation
	 * @generated
	 */
	public Adapter createQuotationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.FocusArea <em>Focus Area</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.FocusArea
	 * @generated
	 */
	public Adapter createFocusAreaAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Strategy
	 * @generated
	 */
	public Adapter createStrategyAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Measure
	 * @generated
	 */
	public Adapter createMeasureAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Schedule
	 * @generated
	 */
	public Adapter createScheduleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Cost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Cost
	 * @generated
	 */
	public Adapter createCostAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Indicator
	 * @generated
	 */
	public Adapter createIndicatorAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Measurement
	 * @generated
	 */
	public Adapter createMeasurementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Threshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Threshold
	 * @generated
	 */
	public Adapter createThresholdAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.SdgReference <em>Sdg Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.SdgReference
	 * @generated
	 */
	public Adapter createSdgReferenceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.SdgCatalogue <em>Sdg Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.SdgCatalogue
	 * @generated
	 */
	public Adapter createSdgCatalogueAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.SdgGoal <em>Sdg Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.SdgGoal
	 * @generated
	 */
	public Adapter createSdgGoalAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.SdgTarget <em>Sdg Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.SdgTarget
	 * @generated
	 */
	public Adapter createSdgTargetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Actor
	 * @generated
	 */
	public Adapter createActorAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Provenance
	 * @generated
	 */
	public Adapter createProvenanceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Note
	 * @generated
	 */
	public Adapter createNoteAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.TemplateOrigin <em>Template Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.TemplateOrigin
	 * @generated
	 */
	public Adapter createTemplateOriginAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Source
	 * @generated
	 */
	public Adapter createSourceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Section
	 * @generated
	 */
	public Adapter createSectionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.ProseBlock <em>Prose Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.ProseBlock
	 * @generated
	 */
	public Adapter createProseBlockAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Paragraph <em>Paragraph</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Paragraph
	 * @generated
	 */
	public Adapter createParagraphAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.Quote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.Quote
	 * @generated
	 */
	public Adapter createQuoteAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.FactBox <em>Fact Box</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.FactBox
	 * @generated
	 */
	public Adapter createFactBoxAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.FigureCaption <em>Figure Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.FigureCaption
	 * @generated
	 */
	public Adapter createFigureCaptionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.BulletList <em>Bullet List</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.BulletList
	 * @generated
	 */
	public Adapter createBulletListAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.veikart.model.SourceList <em>Source List</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.veikart.model.SourceList
	 * @generated
	 */
	public Adapter createSourceListAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //VeikartAdapterFactory
