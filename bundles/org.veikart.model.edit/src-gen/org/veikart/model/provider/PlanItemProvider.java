/**
 */
package org.veikart.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.veikart.model.Plan;
import org.veikart.model.VeikartFactory;
import org.veikart.model.VeikartPackage;

/**
 * This is the item provider adapter for a {@link org.veikart.model.Plan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanItemProvider extends PlanElementItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addKindPropertyDescriptor(object);
			addLanguagePropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addRevisionRulePropertyDescriptor(object);
			addAdoptedPropertyDescriptor(object);
			addPublishedPropertyDescriptor(object);
			addAdoptedByPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_kind_feature", "_UI_Plan_type"),
				 VeikartPackage.Literals.PLAN__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Language feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLanguagePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_language_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_language_feature", "_UI_Plan_type"),
				 VeikartPackage.Literals.PLAN__LANGUAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_owner_feature", "_UI_Plan_type"),
				 VeikartPackage.Literals.PLAN__OWNER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Revision Rule feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRevisionRulePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_revisionRule_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_revisionRule_feature", "_UI_Plan_type"),
				 VeikartPackage.Literals.PLAN__REVISION_RULE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Adopted feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdoptedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_adopted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_adopted_feature", "_UI_Plan_type"),
				 VeikartPackage.Literals.PLAN__ADOPTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Published feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublishedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_published_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_published_feature", "_UI_Plan_type"),
				 VeikartPackage.Literals.PLAN__PUBLISHED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Adopted By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdoptedByPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_adoptedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_adoptedBy_feature", "_UI_Plan_type"),
				 VeikartPackage.Literals.PLAN__ADOPTED_BY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__PERIOD);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__PARTS);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__VOCABULARY);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__RELATIONS);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__ACTORS);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__GOALS);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__FOCUS_AREAS);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__STRATEGIES);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__MEASURES);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__INDICATORS);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__SECTIONS);
			childrenFeatures.add(VeikartPackage.Literals.PLAN__SOURCES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Plan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Plan"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((Plan)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_Plan_type") :
			getString("_UI_Plan_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(Plan.class))
		{
			case VeikartPackage.PLAN__KIND:
			case VeikartPackage.PLAN__LANGUAGE:
			case VeikartPackage.PLAN__REVISION_RULE:
			case VeikartPackage.PLAN__ADOPTED:
			case VeikartPackage.PLAN__PUBLISHED:
			case VeikartPackage.PLAN__ADOPTED_BY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case VeikartPackage.PLAN__PERIOD:
			case VeikartPackage.PLAN__PARTS:
			case VeikartPackage.PLAN__VOCABULARY:
			case VeikartPackage.PLAN__RELATIONS:
			case VeikartPackage.PLAN__ACTORS:
			case VeikartPackage.PLAN__GOALS:
			case VeikartPackage.PLAN__FOCUS_AREAS:
			case VeikartPackage.PLAN__STRATEGIES:
			case VeikartPackage.PLAN__MEASURES:
			case VeikartPackage.PLAN__INDICATORS:
			case VeikartPackage.PLAN__SECTIONS:
			case VeikartPackage.PLAN__SOURCES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__PERIOD,
				 VeikartFactory.eINSTANCE.createPeriod()));

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__PARTS,
				 VeikartFactory.eINSTANCE.createPlanPart()));

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__VOCABULARY,
				 VeikartFactory.eINSTANCE.createTerm()));

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__RELATIONS,
				 VeikartFactory.eINSTANCE.createDocumentRelation()));

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__ACTORS,
				 VeikartFactory.eINSTANCE.createActor()));

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__GOALS,
				 VeikartFactory.eINSTANCE.createGoal()));

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__FOCUS_AREAS,
				 VeikartFactory.eINSTANCE.createFocusArea()));

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__STRATEGIES,
				 VeikartFactory.eINSTANCE.createStrategy()));

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__MEASURES,
				 VeikartFactory.eINSTANCE.createMeasure()));

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__INDICATORS,
				 VeikartFactory.eINSTANCE.createIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__SECTIONS,
				 VeikartFactory.eINSTANCE.createSection()));

		newChildDescriptors.add
			(createChildParameter
				(VeikartPackage.Literals.PLAN__SOURCES,
				 VeikartFactory.eINSTANCE.createSource()));
	}

}
