/**
 */
package org.veikart.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.veikart.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.veikart.model.VeikartPackage
 * @generated
 */
public class VeikartSwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static VeikartPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VeikartSwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = VeikartPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage)
	{
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject)
	{
		switch (classifierID)
		{
			case VeikartPackage.IDENTIFIABLE:
			{
				Identifiable identifiable = (Identifiable)theEObject;
				T result = caseIdentifiable(identifiable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.TRACEABLE:
			{
				Traceable traceable = (Traceable)theEObject;
				T result = caseTraceable(traceable);
				if (result == null) result = caseIdentifiable(traceable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.PLAN_ELEMENT:
			{
				PlanElement planElement = (PlanElement)theEObject;
				T result = casePlanElement(planElement);
				if (result == null) result = caseTraceable(planElement);
				if (result == null) result = caseIdentifiable(planElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.PLAN:
			{
				Plan plan = (Plan)theEObject;
				T result = casePlan(plan);
				if (result == null) result = casePlanElement(plan);
				if (result == null) result = caseTraceable(plan);
				if (result == null) result = caseIdentifiable(plan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.ACTOR_REGISTRY:
			{
				ActorRegistry actorRegistry = (ActorRegistry)theEObject;
				T result = caseActorRegistry(actorRegistry);
				if (result == null) result = caseTraceable(actorRegistry);
				if (result == null) result = caseIdentifiable(actorRegistry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.PLAN_PART:
			{
				PlanPart planPart = (PlanPart)theEObject;
				T result = casePlanPart(planPart);
				if (result == null) result = caseTraceable(planPart);
				if (result == null) result = caseIdentifiable(planPart);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.PERIOD:
			{
				Period period = (Period)theEObject;
				T result = casePeriod(period);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.TERM:
			{
				Term term = (Term)theEObject;
				T result = caseTerm(term);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.DOCUMENT_RELATION:
			{
				DocumentRelation documentRelation = (DocumentRelation)theEObject;
				T result = caseDocumentRelation(documentRelation);
				if (result == null) result = caseTraceable(documentRelation);
				if (result == null) result = caseIdentifiable(documentRelation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.GOAL:
			{
				Goal goal = (Goal)theEObject;
				T result = caseGoal(goal);
				if (result == null) result = casePlanElement(goal);
				if (result == null) result = caseTraceable(goal);
				if (result == null) result = caseIdentifiable(goal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.QUOTATION:
			{
				Quotation quotation = (Quotation)theEObject;
				T result = caseQuotation(quotation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.FOCUS_AREA:
			{
				FocusArea focusArea = (FocusArea)theEObject;
				T result = caseFocusArea(focusArea);
				if (result == null) result = casePlanElement(focusArea);
				if (result == null) result = caseTraceable(focusArea);
				if (result == null) result = caseIdentifiable(focusArea);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.STRATEGY:
			{
				Strategy strategy = (Strategy)theEObject;
				T result = caseStrategy(strategy);
				if (result == null) result = casePlanElement(strategy);
				if (result == null) result = caseTraceable(strategy);
				if (result == null) result = caseIdentifiable(strategy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.MEASURE:
			{
				Measure measure = (Measure)theEObject;
				T result = caseMeasure(measure);
				if (result == null) result = casePlanElement(measure);
				if (result == null) result = caseTraceable(measure);
				if (result == null) result = caseIdentifiable(measure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.SCHEDULE:
			{
				Schedule schedule = (Schedule)theEObject;
				T result = caseSchedule(schedule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.COST:
			{
				Cost cost = (Cost)theEObject;
				T result = caseCost(cost);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.INDICATOR:
			{
				Indicator indicator = (Indicator)theEObject;
				T result = caseIndicator(indicator);
				if (result == null) result = casePlanElement(indicator);
				if (result == null) result = caseTraceable(indicator);
				if (result == null) result = caseIdentifiable(indicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.MEASUREMENT:
			{
				Measurement measurement = (Measurement)theEObject;
				T result = caseMeasurement(measurement);
				if (result == null) result = caseTraceable(measurement);
				if (result == null) result = caseIdentifiable(measurement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.THRESHOLD:
			{
				Threshold threshold = (Threshold)theEObject;
				T result = caseThreshold(threshold);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.SDG_REFERENCE:
			{
				SdgReference sdgReference = (SdgReference)theEObject;
				T result = caseSdgReference(sdgReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.SDG_CATALOGUE:
			{
				SdgCatalogue sdgCatalogue = (SdgCatalogue)theEObject;
				T result = caseSdgCatalogue(sdgCatalogue);
				if (result == null) result = caseIdentifiable(sdgCatalogue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.SDG_GOAL:
			{
				SdgGoal sdgGoal = (SdgGoal)theEObject;
				T result = caseSdgGoal(sdgGoal);
				if (result == null) result = caseIdentifiable(sdgGoal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.SDG_TARGET:
			{
				SdgTarget sdgTarget = (SdgTarget)theEObject;
				T result = caseSdgTarget(sdgTarget);
				if (result == null) result = caseIdentifiable(sdgTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.ACTOR:
			{
				Actor actor = (Actor)theEObject;
				T result = caseActor(actor);
				if (result == null) result = caseTraceable(actor);
				if (result == null) result = caseIdentifiable(actor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.PROVENANCE:
			{
				Provenance provenance = (Provenance)theEObject;
				T result = caseProvenance(provenance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.NOTE:
			{
				Note note = (Note)theEObject;
				T result = caseNote(note);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.TEMPLATE_ORIGIN:
			{
				TemplateOrigin templateOrigin = (TemplateOrigin)theEObject;
				T result = caseTemplateOrigin(templateOrigin);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.SOURCE:
			{
				Source source = (Source)theEObject;
				T result = caseSource(source);
				if (result == null) result = caseTraceable(source);
				if (result == null) result = caseIdentifiable(source);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.SECTION:
			{
				Section section = (Section)theEObject;
				T result = caseSection(section);
				if (result == null) result = caseTraceable(section);
				if (result == null) result = caseIdentifiable(section);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.PROSE_BLOCK:
			{
				ProseBlock proseBlock = (ProseBlock)theEObject;
				T result = caseProseBlock(proseBlock);
				if (result == null) result = caseTraceable(proseBlock);
				if (result == null) result = caseIdentifiable(proseBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.PARAGRAPH:
			{
				Paragraph paragraph = (Paragraph)theEObject;
				T result = caseParagraph(paragraph);
				if (result == null) result = caseProseBlock(paragraph);
				if (result == null) result = caseTraceable(paragraph);
				if (result == null) result = caseIdentifiable(paragraph);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.QUOTE:
			{
				Quote quote = (Quote)theEObject;
				T result = caseQuote(quote);
				if (result == null) result = caseProseBlock(quote);
				if (result == null) result = caseTraceable(quote);
				if (result == null) result = caseIdentifiable(quote);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.FACT_BOX:
			{
				FactBox factBox = (FactBox)theEObject;
				T result = caseFactBox(factBox);
				if (result == null) result = caseProseBlock(factBox);
				if (result == null) result = caseTraceable(factBox);
				if (result == null) result = caseIdentifiable(factBox);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.FIGURE_CAPTION:
			{
				FigureCaption figureCaption = (FigureCaption)theEObject;
				T result = caseFigureCaption(figureCaption);
				if (result == null) result = caseProseBlock(figureCaption);
				if (result == null) result = caseTraceable(figureCaption);
				if (result == null) result = caseIdentifiable(figureCaption);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.BULLET_LIST:
			{
				BulletList bulletList = (BulletList)theEObject;
				T result = caseBulletList(bulletList);
				if (result == null) result = caseProseBlock(bulletList);
				if (result == null) result = caseTraceable(bulletList);
				if (result == null) result = caseIdentifiable(bulletList);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeikartPackage.SOURCE_LIST:
			{
				SourceList sourceList = (SourceList)theEObject;
				T result = caseSourceList(sourceList);
				if (result == null) result = caseProseBlock(sourceList);
				if (result == null) result = caseTraceable(sourceList);
				if (result == null) result = caseIdentifiable(sourceList);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identifiable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identifiable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentifiable(Identifiable object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Traceable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Traceable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTraceable(Traceable object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanElement(PlanElement object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlan(Plan object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Actor Registry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Actor Registry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActorRegistry(ActorRegistry object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Part</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Part</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanPart(PlanPart object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Period</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Period</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePeriod(Period object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Term</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Term</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTerm(Term object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Document Relation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Document Relation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDocumentRelation(DocumentRelation object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGoal(Goal object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quotation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quotation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuotation(Quotation object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Focus Area</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Focus Area</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFocusArea(FocusArea object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategy(Strategy object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasure(Measure object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Schedule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSchedule(Schedule object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cost</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cost</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCost(Cost object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicator(Indicator object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measurement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasurement(Measurement object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Threshold</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Threshold</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseThreshold(Threshold object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sdg Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sdg Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSdgReference(SdgReference object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sdg Catalogue</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sdg Catalogue</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSdgCatalogue(SdgCatalogue object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sdg Goal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sdg Goal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSdgGoal(SdgGoal object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sdg Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sdg Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSdgTarget(SdgTarget object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Actor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Actor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActor(Actor object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Provenance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Provenance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProvenance(Provenance object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Note</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Note</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNote(Note object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Template Origin</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Template Origin</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTemplateOrigin(TemplateOrigin object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSource(Source object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSection(Section object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Prose Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Prose Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProseBlock(ProseBlock object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Paragraph</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Paragraph</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParagraph(Paragraph object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quote</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quote</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuote(Quote object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fact Box</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fact Box</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFactBox(FactBox object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Figure Caption</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Figure Caption</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFigureCaption(FigureCaption object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bullet List</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bullet List</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBulletList(BulletList object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Source List</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Source List</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSourceList(SourceList object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object)
	{
		return null;
	}

} //VeikartSwitch
