/**
 */
package org.veikart.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.veikart.model.Actor;
import org.veikart.model.DocumentRelation;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.Period;
import org.veikart.model.Plan;
import org.veikart.model.PlanKind;
import org.veikart.model.PlanPart;
import org.veikart.model.Section;
import org.veikart.model.Source;
import org.veikart.model.Strategy;
import org.veikart.model.Term;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getParts <em>Parts</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getRevisionRule <em>Revision Rule</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getAdopted <em>Adopted</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getPublished <em>Published</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getAdoptedBy <em>Adopted By</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getRelations <em>Relations</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getFocusAreas <em>Focus Areas</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanImpl#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends PlanElementImpl implements Plan
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PlanKind KIND_EDEFAULT = PlanKind.STRATEGY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PlanKind kind = KIND_EDEFAULT;

	/**
	 * This is true if the Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kindESet;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = "nb";

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Actor owner;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected Period period;

	/**
	 * The cached value of the '{@link #getParts() <em>Parts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParts()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanPart> parts;

	/**
	 * The default value of the '{@link #getRevisionRule() <em>Revision Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisionRule()
	 * @generated
	 * @ordered
	 */
	protected static final String REVISION_RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevisionRule() <em>Revision Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisionRule()
	 * @generated
	 * @ordered
	 */
	protected String revisionRule = REVISION_RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdopted() <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdopted()
	 * @generated
	 * @ordered
	 */
	protected static final String ADOPTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdopted() <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdopted()
	 * @generated
	 * @ordered
	 */
	protected String adopted = ADOPTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublished() <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublished()
	 * @generated
	 * @ordered
	 */
	protected String published = PUBLISHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdoptedBy() <em>Adopted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String ADOPTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdoptedBy() <em>Adopted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptedBy()
	 * @generated
	 * @ordered
	 */
	protected String adoptedBy = ADOPTED_BY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVocabulary() <em>Vocabulary</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVocabulary()
	 * @generated
	 * @ordered
	 */
	protected EList<Term> vocabulary;

	/**
	 * The cached value of the '{@link #getRelations() <em>Relations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelations()
	 * @generated
	 * @ordered
	 */
	protected EList<DocumentRelation> relations;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getFocusAreas() <em>Focus Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFocusAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<FocusArea> focusAreas;

	/**
	 * The cached value of the '{@link #getStrategies() <em>Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<Strategy> strategies;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Measure> measures;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return VeikartPackage.Literals.PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PlanKind newKind)
	{
		PlanKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		boolean oldKindESet = kindESet;
		kindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN__KIND, oldKind, kind, !oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKind()
	{
		PlanKind oldKind = kind;
		boolean oldKindESet = kindESet;
		kind = KIND_EDEFAULT;
		kindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, VeikartPackage.PLAN__KIND, oldKind, KIND_EDEFAULT, oldKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKind()
	{
		return kindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage()
	{
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage)
	{
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getOwner()
	{
		if (owner != null && owner.eIsProxy())
		{
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Actor)eResolveProxy(oldOwner);
			if (owner != oldOwner)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VeikartPackage.PLAN__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Actor newOwner)
	{
		Actor oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Period getPeriod()
	{
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPeriod(Period newPeriod, NotificationChain msgs)
	{
		Period oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN__PERIOD, oldPeriod, newPeriod);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(Period newPeriod)
	{
		if (newPeriod != period)
		{
			NotificationChain msgs = null;
			if (period != null)
				msgs = ((InternalEObject)period).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.PLAN__PERIOD, null, msgs);
			if (newPeriod != null)
				msgs = ((InternalEObject)newPeriod).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.PLAN__PERIOD, null, msgs);
			msgs = basicSetPeriod(newPeriod, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN__PERIOD, newPeriod, newPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanPart> getParts()
	{
		if (parts == null)
		{
			parts = new EObjectContainmentEList<PlanPart>(PlanPart.class, this, VeikartPackage.PLAN__PARTS);
		}
		return parts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRevisionRule()
	{
		return revisionRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevisionRule(String newRevisionRule)
	{
		String oldRevisionRule = revisionRule;
		revisionRule = newRevisionRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN__REVISION_RULE, oldRevisionRule, revisionRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdopted()
	{
		return adopted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdopted(String newAdopted)
	{
		String oldAdopted = adopted;
		adopted = newAdopted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN__ADOPTED, oldAdopted, adopted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublished()
	{
		return published;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublished(String newPublished)
	{
		String oldPublished = published;
		published = newPublished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN__PUBLISHED, oldPublished, published));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdoptedBy()
	{
		return adoptedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdoptedBy(String newAdoptedBy)
	{
		String oldAdoptedBy = adoptedBy;
		adoptedBy = newAdoptedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN__ADOPTED_BY, oldAdoptedBy, adoptedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Term> getVocabulary()
	{
		if (vocabulary == null)
		{
			vocabulary = new EObjectContainmentEList<Term>(Term.class, this, VeikartPackage.PLAN__VOCABULARY);
		}
		return vocabulary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DocumentRelation> getRelations()
	{
		if (relations == null)
		{
			relations = new EObjectContainmentEList<DocumentRelation>(DocumentRelation.class, this, VeikartPackage.PLAN__RELATIONS);
		}
		return relations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors()
	{
		if (actors == null)
		{
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, VeikartPackage.PLAN__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals()
	{
		if (goals == null)
		{
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, VeikartPackage.PLAN__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FocusArea> getFocusAreas()
	{
		if (focusAreas == null)
		{
			focusAreas = new EObjectContainmentEList<FocusArea>(FocusArea.class, this, VeikartPackage.PLAN__FOCUS_AREAS);
		}
		return focusAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Strategy> getStrategies()
	{
		if (strategies == null)
		{
			strategies = new EObjectContainmentEList<Strategy>(Strategy.class, this, VeikartPackage.PLAN__STRATEGIES);
		}
		return strategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measure> getMeasures()
	{
		if (measures == null)
		{
			measures = new EObjectContainmentEList<Measure>(Measure.class, this, VeikartPackage.PLAN__MEASURES);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators()
	{
		if (indicators == null)
		{
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, VeikartPackage.PLAN__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections()
	{
		if (sections == null)
		{
			sections = new EObjectContainmentEList<Section>(Section.class, this, VeikartPackage.PLAN__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources()
	{
		if (sources == null)
		{
			sources = new EObjectContainmentEList<Source>(Source.class, this, VeikartPackage.PLAN__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case VeikartPackage.PLAN__PERIOD:
				return basicSetPeriod(null, msgs);
			case VeikartPackage.PLAN__PARTS:
				return ((InternalEList<?>)getParts()).basicRemove(otherEnd, msgs);
			case VeikartPackage.PLAN__VOCABULARY:
				return ((InternalEList<?>)getVocabulary()).basicRemove(otherEnd, msgs);
			case VeikartPackage.PLAN__RELATIONS:
				return ((InternalEList<?>)getRelations()).basicRemove(otherEnd, msgs);
			case VeikartPackage.PLAN__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
			case VeikartPackage.PLAN__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case VeikartPackage.PLAN__FOCUS_AREAS:
				return ((InternalEList<?>)getFocusAreas()).basicRemove(otherEnd, msgs);
			case VeikartPackage.PLAN__STRATEGIES:
				return ((InternalEList<?>)getStrategies()).basicRemove(otherEnd, msgs);
			case VeikartPackage.PLAN__MEASURES:
				return ((InternalEList<?>)getMeasures()).basicRemove(otherEnd, msgs);
			case VeikartPackage.PLAN__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case VeikartPackage.PLAN__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case VeikartPackage.PLAN__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case VeikartPackage.PLAN__KIND:
				return getKind();
			case VeikartPackage.PLAN__LANGUAGE:
				return getLanguage();
			case VeikartPackage.PLAN__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case VeikartPackage.PLAN__PERIOD:
				return getPeriod();
			case VeikartPackage.PLAN__PARTS:
				return getParts();
			case VeikartPackage.PLAN__REVISION_RULE:
				return getRevisionRule();
			case VeikartPackage.PLAN__ADOPTED:
				return getAdopted();
			case VeikartPackage.PLAN__PUBLISHED:
				return getPublished();
			case VeikartPackage.PLAN__ADOPTED_BY:
				return getAdoptedBy();
			case VeikartPackage.PLAN__VOCABULARY:
				return getVocabulary();
			case VeikartPackage.PLAN__RELATIONS:
				return getRelations();
			case VeikartPackage.PLAN__ACTORS:
				return getActors();
			case VeikartPackage.PLAN__GOALS:
				return getGoals();
			case VeikartPackage.PLAN__FOCUS_AREAS:
				return getFocusAreas();
			case VeikartPackage.PLAN__STRATEGIES:
				return getStrategies();
			case VeikartPackage.PLAN__MEASURES:
				return getMeasures();
			case VeikartPackage.PLAN__INDICATORS:
				return getIndicators();
			case VeikartPackage.PLAN__SECTIONS:
				return getSections();
			case VeikartPackage.PLAN__SOURCES:
				return getSources();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case VeikartPackage.PLAN__KIND:
				setKind((PlanKind)newValue);
				return;
			case VeikartPackage.PLAN__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case VeikartPackage.PLAN__OWNER:
				setOwner((Actor)newValue);
				return;
			case VeikartPackage.PLAN__PERIOD:
				setPeriod((Period)newValue);
				return;
			case VeikartPackage.PLAN__PARTS:
				getParts().clear();
				getParts().addAll((Collection<? extends PlanPart>)newValue);
				return;
			case VeikartPackage.PLAN__REVISION_RULE:
				setRevisionRule((String)newValue);
				return;
			case VeikartPackage.PLAN__ADOPTED:
				setAdopted((String)newValue);
				return;
			case VeikartPackage.PLAN__PUBLISHED:
				setPublished((String)newValue);
				return;
			case VeikartPackage.PLAN__ADOPTED_BY:
				setAdoptedBy((String)newValue);
				return;
			case VeikartPackage.PLAN__VOCABULARY:
				getVocabulary().clear();
				getVocabulary().addAll((Collection<? extends Term>)newValue);
				return;
			case VeikartPackage.PLAN__RELATIONS:
				getRelations().clear();
				getRelations().addAll((Collection<? extends DocumentRelation>)newValue);
				return;
			case VeikartPackage.PLAN__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case VeikartPackage.PLAN__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case VeikartPackage.PLAN__FOCUS_AREAS:
				getFocusAreas().clear();
				getFocusAreas().addAll((Collection<? extends FocusArea>)newValue);
				return;
			case VeikartPackage.PLAN__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends Strategy>)newValue);
				return;
			case VeikartPackage.PLAN__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Measure>)newValue);
				return;
			case VeikartPackage.PLAN__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case VeikartPackage.PLAN__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
				return;
			case VeikartPackage.PLAN__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case VeikartPackage.PLAN__KIND:
				unsetKind();
				return;
			case VeikartPackage.PLAN__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case VeikartPackage.PLAN__OWNER:
				setOwner((Actor)null);
				return;
			case VeikartPackage.PLAN__PERIOD:
				setPeriod((Period)null);
				return;
			case VeikartPackage.PLAN__PARTS:
				getParts().clear();
				return;
			case VeikartPackage.PLAN__REVISION_RULE:
				setRevisionRule(REVISION_RULE_EDEFAULT);
				return;
			case VeikartPackage.PLAN__ADOPTED:
				setAdopted(ADOPTED_EDEFAULT);
				return;
			case VeikartPackage.PLAN__PUBLISHED:
				setPublished(PUBLISHED_EDEFAULT);
				return;
			case VeikartPackage.PLAN__ADOPTED_BY:
				setAdoptedBy(ADOPTED_BY_EDEFAULT);
				return;
			case VeikartPackage.PLAN__VOCABULARY:
				getVocabulary().clear();
				return;
			case VeikartPackage.PLAN__RELATIONS:
				getRelations().clear();
				return;
			case VeikartPackage.PLAN__ACTORS:
				getActors().clear();
				return;
			case VeikartPackage.PLAN__GOALS:
				getGoals().clear();
				return;
			case VeikartPackage.PLAN__FOCUS_AREAS:
				getFocusAreas().clear();
				return;
			case VeikartPackage.PLAN__STRATEGIES:
				getStrategies().clear();
				return;
			case VeikartPackage.PLAN__MEASURES:
				getMeasures().clear();
				return;
			case VeikartPackage.PLAN__INDICATORS:
				getIndicators().clear();
				return;
			case VeikartPackage.PLAN__SECTIONS:
				getSections().clear();
				return;
			case VeikartPackage.PLAN__SOURCES:
				getSources().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case VeikartPackage.PLAN__KIND:
				return isSetKind();
			case VeikartPackage.PLAN__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case VeikartPackage.PLAN__OWNER:
				return owner != null;
			case VeikartPackage.PLAN__PERIOD:
				return period != null;
			case VeikartPackage.PLAN__PARTS:
				return parts != null && !parts.isEmpty();
			case VeikartPackage.PLAN__REVISION_RULE:
				return REVISION_RULE_EDEFAULT == null ? revisionRule != null : !REVISION_RULE_EDEFAULT.equals(revisionRule);
			case VeikartPackage.PLAN__ADOPTED:
				return ADOPTED_EDEFAULT == null ? adopted != null : !ADOPTED_EDEFAULT.equals(adopted);
			case VeikartPackage.PLAN__PUBLISHED:
				return PUBLISHED_EDEFAULT == null ? published != null : !PUBLISHED_EDEFAULT.equals(published);
			case VeikartPackage.PLAN__ADOPTED_BY:
				return ADOPTED_BY_EDEFAULT == null ? adoptedBy != null : !ADOPTED_BY_EDEFAULT.equals(adoptedBy);
			case VeikartPackage.PLAN__VOCABULARY:
				return vocabulary != null && !vocabulary.isEmpty();
			case VeikartPackage.PLAN__RELATIONS:
				return relations != null && !relations.isEmpty();
			case VeikartPackage.PLAN__ACTORS:
				return actors != null && !actors.isEmpty();
			case VeikartPackage.PLAN__GOALS:
				return goals != null && !goals.isEmpty();
			case VeikartPackage.PLAN__FOCUS_AREAS:
				return focusAreas != null && !focusAreas.isEmpty();
			case VeikartPackage.PLAN__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
			case VeikartPackage.PLAN__MEASURES:
				return measures != null && !measures.isEmpty();
			case VeikartPackage.PLAN__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case VeikartPackage.PLAN__SECTIONS:
				return sections != null && !sections.isEmpty();
			case VeikartPackage.PLAN__SOURCES:
				return sources != null && !sources.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		if (kindESet) result.append(kind); else result.append("<unset>");
		result.append(", language: ");
		result.append(language);
		result.append(", revisionRule: ");
		result.append(revisionRule);
		result.append(", adopted: ");
		result.append(adopted);
		result.append(", published: ");
		result.append(published);
		result.append(", adoptedBy: ");
		result.append(adoptedBy);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
