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

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.veikart.model.Actor;
import org.veikart.model.Cost;
import org.veikart.model.Measure;
import org.veikart.model.MeasureStatus;
import org.veikart.model.Priority;
import org.veikart.model.Recurrence;
import org.veikart.model.Schedule;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.MeasureImpl#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasureImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasureImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasureImpl#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasureImpl#getRecurrenceText <em>Recurrence Text</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasureImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasureImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasureImpl#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasureImpl extends PlanElementImpl implements Measure
{
	/**
	 * The cached value of the '{@link #getResponsible() <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected Actor responsible;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> partners;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected Schedule schedule;

	/**
	 * The default value of the '{@link #getRecurrence() <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrence()
	 * @generated
	 * @ordered
	 */
	protected static final Recurrence RECURRENCE_EDEFAULT = Recurrence.NONE;

	/**
	 * The cached value of the '{@link #getRecurrence() <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrence()
	 * @generated
	 * @ordered
	 */
	protected Recurrence recurrence = RECURRENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecurrenceText() <em>Recurrence Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrenceText()
	 * @generated
	 * @ordered
	 */
	protected static final String RECURRENCE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecurrenceText() <em>Recurrence Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrenceText()
	 * @generated
	 * @ordered
	 */
	protected String recurrenceText = RECURRENCE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureStatus STATUS_EDEFAULT = MeasureStatus.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected MeasureStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected Cost cost;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Priority PRIORITY_EDEFAULT = Priority.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Priority priority = PRIORITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasureImpl()
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
		return VeikartPackage.Literals.MEASURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getResponsible()
	{
		if (responsible != null && responsible.eIsProxy())
		{
			InternalEObject oldResponsible = (InternalEObject)responsible;
			responsible = (Actor)eResolveProxy(oldResponsible);
			if (responsible != oldResponsible)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VeikartPackage.MEASURE__RESPONSIBLE, oldResponsible, responsible));
			}
		}
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetResponsible()
	{
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsible(Actor newResponsible)
	{
		Actor oldResponsible = responsible;
		responsible = newResponsible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASURE__RESPONSIBLE, oldResponsible, responsible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getPartners()
	{
		if (partners == null)
		{
			partners = new EObjectResolvingEList<Actor>(Actor.class, this, VeikartPackage.MEASURE__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schedule getSchedule()
	{
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchedule(Schedule newSchedule, NotificationChain msgs)
	{
		Schedule oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASURE__SCHEDULE, oldSchedule, newSchedule);
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
	public void setSchedule(Schedule newSchedule)
	{
		if (newSchedule != schedule)
		{
			NotificationChain msgs = null;
			if (schedule != null)
				msgs = ((InternalEObject)schedule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.MEASURE__SCHEDULE, null, msgs);
			if (newSchedule != null)
				msgs = ((InternalEObject)newSchedule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.MEASURE__SCHEDULE, null, msgs);
			msgs = basicSetSchedule(newSchedule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASURE__SCHEDULE, newSchedule, newSchedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recurrence getRecurrence()
	{
		return recurrence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecurrence(Recurrence newRecurrence)
	{
		Recurrence oldRecurrence = recurrence;
		recurrence = newRecurrence == null ? RECURRENCE_EDEFAULT : newRecurrence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASURE__RECURRENCE, oldRecurrence, recurrence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecurrenceText()
	{
		return recurrenceText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecurrenceText(String newRecurrenceText)
	{
		String oldRecurrenceText = recurrenceText;
		recurrenceText = newRecurrenceText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASURE__RECURRENCE_TEXT, oldRecurrenceText, recurrenceText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(MeasureStatus newStatus)
	{
		MeasureStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASURE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cost getCost()
	{
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCost(Cost newCost, NotificationChain msgs)
	{
		Cost oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASURE__COST, oldCost, newCost);
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
	public void setCost(Cost newCost)
	{
		if (newCost != cost)
		{
			NotificationChain msgs = null;
			if (cost != null)
				msgs = ((InternalEObject)cost).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.MEASURE__COST, null, msgs);
			if (newCost != null)
				msgs = ((InternalEObject)newCost).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.MEASURE__COST, null, msgs);
			msgs = basicSetCost(newCost, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASURE__COST, newCost, newCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Priority getPriority()
	{
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Priority newPriority)
	{
		Priority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASURE__PRIORITY, oldPriority, priority));
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
			case VeikartPackage.MEASURE__SCHEDULE:
				return basicSetSchedule(null, msgs);
			case VeikartPackage.MEASURE__COST:
				return basicSetCost(null, msgs);
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
			case VeikartPackage.MEASURE__RESPONSIBLE:
				if (resolve) return getResponsible();
				return basicGetResponsible();
			case VeikartPackage.MEASURE__PARTNERS:
				return getPartners();
			case VeikartPackage.MEASURE__SCHEDULE:
				return getSchedule();
			case VeikartPackage.MEASURE__RECURRENCE:
				return getRecurrence();
			case VeikartPackage.MEASURE__RECURRENCE_TEXT:
				return getRecurrenceText();
			case VeikartPackage.MEASURE__STATUS:
				return getStatus();
			case VeikartPackage.MEASURE__COST:
				return getCost();
			case VeikartPackage.MEASURE__PRIORITY:
				return getPriority();
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
			case VeikartPackage.MEASURE__RESPONSIBLE:
				setResponsible((Actor)newValue);
				return;
			case VeikartPackage.MEASURE__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Actor>)newValue);
				return;
			case VeikartPackage.MEASURE__SCHEDULE:
				setSchedule((Schedule)newValue);
				return;
			case VeikartPackage.MEASURE__RECURRENCE:
				setRecurrence((Recurrence)newValue);
				return;
			case VeikartPackage.MEASURE__RECURRENCE_TEXT:
				setRecurrenceText((String)newValue);
				return;
			case VeikartPackage.MEASURE__STATUS:
				setStatus((MeasureStatus)newValue);
				return;
			case VeikartPackage.MEASURE__COST:
				setCost((Cost)newValue);
				return;
			case VeikartPackage.MEASURE__PRIORITY:
				setPriority((Priority)newValue);
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
			case VeikartPackage.MEASURE__RESPONSIBLE:
				setResponsible((Actor)null);
				return;
			case VeikartPackage.MEASURE__PARTNERS:
				getPartners().clear();
				return;
			case VeikartPackage.MEASURE__SCHEDULE:
				setSchedule((Schedule)null);
				return;
			case VeikartPackage.MEASURE__RECURRENCE:
				setRecurrence(RECURRENCE_EDEFAULT);
				return;
			case VeikartPackage.MEASURE__RECURRENCE_TEXT:
				setRecurrenceText(RECURRENCE_TEXT_EDEFAULT);
				return;
			case VeikartPackage.MEASURE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case VeikartPackage.MEASURE__COST:
				setCost((Cost)null);
				return;
			case VeikartPackage.MEASURE__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
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
			case VeikartPackage.MEASURE__RESPONSIBLE:
				return responsible != null;
			case VeikartPackage.MEASURE__PARTNERS:
				return partners != null && !partners.isEmpty();
			case VeikartPackage.MEASURE__SCHEDULE:
				return schedule != null;
			case VeikartPackage.MEASURE__RECURRENCE:
				return recurrence != RECURRENCE_EDEFAULT;
			case VeikartPackage.MEASURE__RECURRENCE_TEXT:
				return RECURRENCE_TEXT_EDEFAULT == null ? recurrenceText != null : !RECURRENCE_TEXT_EDEFAULT.equals(recurrenceText);
			case VeikartPackage.MEASURE__STATUS:
				return status != STATUS_EDEFAULT;
			case VeikartPackage.MEASURE__COST:
				return cost != null;
			case VeikartPackage.MEASURE__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
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
		result.append(" (recurrence: ");
		result.append(recurrence);
		result.append(", recurrenceText: ");
		result.append(recurrenceText);
		result.append(", status: ");
		result.append(status);
		result.append(", priority: ");
		result.append(priority);
		result.append(')');
		return result.toString();
	}

} //MeasureImpl
